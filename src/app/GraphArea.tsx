import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { type GraphCommands, GraphView } from '../features/graph/GraphView';
import { useLazyGraphOverlay } from '../features/graph/useLazyGraphOverlay';
import type { CoreDataset } from '../model/schema';
import type { VisibleSubgraph } from '../model/visibility';
import { useViewStore } from '../state/viewStore';

import { GraphErrorBoundary } from './GraphErrorBoundary';
import { useGraphLabels } from './useGraphLabels';
import { useViewContext } from './viewContext';

interface GraphAreaProps {
  dataset: CoreDataset;
  visible: VisibleSubgraph;
  matches: ReadonlySet<string>;
  commands: Ref<GraphCommands>;
}

/** The centre of the page: the graph, wired to the view store. */
export function GraphArea({ dataset, visible, matches, commands }: GraphAreaProps) {
  const selectedId = useViewStore((state) => state.view.node);
  const language = useViewStore((state) => state.view.lang);
  const select = useViewStore((state) => state.select);
  const labels = useGraphLabels();
  const { index, scopeResult, onGraphDrawn } = useViewContext();
  const [overlay, overlaySource] = useLazyGraphOverlay(index, scopeResult);
  const { t } = useTranslation();
  return (
    <div className="graph-area">
      {overlaySource}
      <GraphErrorBoundary fallback={<p className="graph-area__failed hint">{t('graph.failed')}</p>}>
        <GraphView
          dataset={dataset}
          visible={visible}
          selectedId={selectedId}
          highlightIds={matches}
          language={language}
          labels={labels}
          onSelect={select}
          commands={commands}
          overlay={overlay}
          onFirstDraw={onGraphDrawn}
        />
      </GraphErrorBoundary>
    </div>
  );
}
