import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { AtlasLayersSection } from '../features/atlasLayers/AtlasLayersSection';
import { CatalogueMain } from '../features/catalogue/CatalogueMain';
import { ExportMenu } from '../features/exports/ExportMenu';
import { LayerManager } from '../features/layers/LayerManager';
import { useLayers } from '../features/layers/layerStoreContext';
import { LayerSummary } from '../features/layers/LayerSummary';
import { selectActiveLayer } from '../state/layerStore';
import { useViewStore } from '../state/viewStore';

import { FOCUS_EXPORTS } from './focusExports';
import { useViewContext } from './viewContext';

/** `/layers`: the annotation layers, the risk overview of the active one and the exports of what is in view. */
export function LayersRoute() {
  const { t } = useTranslation();
  const { index, visible } = useViewContext();
  const scope = useViewStore((state) => state.view.scope);
  const setScope = useViewStore((state) => state.setScope);
  const select = useViewStore((state) => state.select);
  const lang = useViewStore((state) => state.view.lang);
  const activeLayer = useLayers(selectActiveLayer);
  const exports = useRef<HTMLDivElement>(null);
  const focusExports = useLocation().state === FOCUS_EXPORTS;
  useEffect(() => {
    if (focusExports) exports.current?.focus();
  }, [focusExports]);

  return (
    <CatalogueMain heading={t('views.layers')} className="layers-view">
      <LayerManager index={index} scope={scope} onApplyScope={setScope} headingLevel={3} />
      <LayerSummary index={index} visible={visible.nodes} onSelect={select} headingLevel={3} />
      <div ref={exports} tabIndex={-1} data-testid="export-menu">
        <ExportMenu index={index} visible={visible} layer={activeLayer} language={lang} headingLevel={3} />
      </div>
      <AtlasLayersSection layer={activeLayer} headingLevel={3} />
    </CatalogueMain>
  );
}
