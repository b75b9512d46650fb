import { useMemo } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { getRole, roleHighlights } from '../../model/roles/roles';
import type { ScopeResult } from '../../model/scope/evaluate';
import { useAtlasOverlayStore } from '../../state/atlasOverlayStore';
import { selectActiveLayer } from '../../state/layerStore';
import { useViewStore } from '../../state/viewStore';
import { atlasLayerStrings } from '../atlasLayers/strings';
import { useLayers } from '../layers/layerStoreContext';
import { layerOverlay } from '../layers/overlay';
import { layerStrings } from '../layers/strings';
import { roleStrings } from '../roles/strings';
import { useFeatureT } from '../scope/featureStrings';
import { scopeStrings } from '../scope/strings';

import { overlayClasses } from './overlayClasses';
import { overlayLegend, type OverlayLegendEntry } from './overlayLegend';

/** What the canvas shows over the data: classes per node id, and the legend of their marks. */
export interface GraphOverlay {
  classes: ReadonlyMap<string, readonly string[]>;
  legend: { title: string; entries: readonly OverlayLegendEntry[] };
}

/** The overlay of the chosen role, the scope answers, the active annotation layer and an opened ATLAS layer. */
export function useGraphOverlay(index: GraphIndex, scopeResult: ScopeResult): GraphOverlay {
  const layer = useLayers(selectActiveLayer);
  const role = useViewStore((state) => state.view.role);
  const { t: tLayer, lang } = useFeatureT(layerStrings);
  const { t: tRole } = useFeatureT(roleStrings);
  const { t: tScope } = useFeatureT(scopeStrings);
  const { t: tAtlas } = useFeatureT(atlasLayerStrings);
  const atlasOverlay = useAtlasOverlayStore((state) => state.overlay);
  const atlas = useMemo(
    () => new Set([...(atlasOverlay?.threats ?? []), ...(atlasOverlay?.controls ?? [])].map((m) => m.nodeId)),
    [atlasOverlay],
  );

  const classes = useMemo(() => {
    const supplier = new Set<string>();
    for (const [id, scope] of scopeResult.threats) if (scope.status === 'supplier') supplier.add(id);
    return overlayClasses({
      roleFocus: role ? roleHighlights(index, role) : new Set(),
      supplier,
      marks: layerOverlay(index, layer),
      atlas,
    });
  }, [index, scopeResult, role, layer, atlas]);

  const hasLayer = layer !== null;
  const hasSupplier = [...classes.values()].some((list) => list.includes('scope-supplier'));
  const entries = useMemo(
    () =>
      overlayLegend({
        role: role ? tRole('graphMark', { role: getRole(role).title[lang] }) : null,
        supplier: hasSupplier ? tScope('status.supplier') : null,
        layer: hasLayer
          ? {
              status: (status) => tLayer(`status.${status}`),
              risk: (level) => tLayer('legend.risk', { level: tLayer(`riskLevel.${level}`) }),
            }
          : null,
        atlas: atlas.size > 0 ? tAtlas('overlay.legend') : null,
      }),
    [role, hasSupplier, hasLayer, lang, tLayer, tRole, tScope, tAtlas, atlas],
  );
  const title = tLayer('legend.marks');
  return useMemo(() => ({ classes, legend: { title, entries } }), [classes, title, entries]);
}
