import { type Ref, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { AnnotationLegend } from '../features/graph/AnnotationLegend';
import { GraphDisplayToggles } from '../features/graph/GraphDisplayToggles';
import { GraphIntro } from '../features/graph/GraphIntro';
import { GraphLegend } from '../features/graph/GraphLegend';
import { type GraphCommands, GraphView } from '../features/graph/GraphView';
import { useLazyGraphOverlay } from '../features/graph/useLazyGraphOverlay';
import type { Insets } from '../features/graph/viewport';
import { hasAnswers } from '../features/scope/hasAnswers';
import { graphPicture } from '../model/graphPicture';
import type { CoreDataset } from '../model/schema';
import type { VisibleSubgraph } from '../model/visibility';
import { useViewStore } from '../state/viewStore';

import { GraphErrorBoundary } from './GraphErrorBoundary';
import { useFixedLayout } from './useFixedLayout';
import { useGraphLabels } from './useGraphLabels';
import { useHeightProperty } from './useHeightProperty';
import { useViewContext } from './viewContext';

interface GraphAreaProps {
  dataset: CoreDataset;
  visible: VisibleSubgraph;
  matches: ReadonlySet<string>;
  commands: Ref<GraphCommands>;
  /** Parts of the canvas the details panel covers. */
  insets?: Insets;
}

/** The centre of the page: what the picture is, its legend, and the graph, wired to the view store. */
export function GraphArea({ dataset, visible, matches, commands, insets }: GraphAreaProps) {
  const view = useViewStore((state) => state.view);
  const select = useViewStore((state) => state.select);
  const labels = useGraphLabels(view.filters.edition);
  const { index, scopeResult, onGraphDrawn, compact } = useViewContext();
  const [overlay, overlaySource] = useLazyGraphOverlay(index, scopeResult);
  const { t } = useTranslation();
  const { filters, fold, scope } = view;
  const narrowed =
    filters.lifecycle.length + filters.impact.length + filters.type.length > 0 || hasAnswers(scope);
  // Very large catalogues keep one layout, worked out once (docs/graph.md, "Large graphs").
  const fixed = useFixedLayout(dataset);
  const picture = useMemo(
    () =>
      fixed === undefined
        ? null
        : graphPicture(index, visible, { fold, narrowed, fixedLayout: fixed ? () => fixed : undefined }),
    [index, visible, fold, narrowed, fixed],
  );
  // The details panel opened over the graph leaves the line above the canvas, and the legend in it, in sight.
  const intro = useHeightProperty<HTMLDivElement>('--graph-intro-height', '.app__body');
  const canFold =
    filters.general &&
    index.nodes.some((node) => node.kind === 'control-group' && node.section === 'general-controls');
  return (
    <div className="graph-area">
      {overlaySource}
      <div className="graph-area__intro" ref={intro}>
        <GraphIntro text={labels.intro} />
        <GraphLegend labels={labels} compact={compact}>
          {overlay && <AnnotationLegend {...overlay.legend} />}
        </GraphLegend>
      </div>
      <GraphErrorBoundary fallback={<p className="graph-area__failed hint">{t('graph.failed')}</p>}>
        {picture === null ? (
          <div className="graph-view" aria-busy="true" />
        ) : (
          <GraphView
            dataset={dataset}
            picture={picture}
            selectedId={view.node}
            highlightIds={matches}
            relations={view.relations}
            language={view.lang}
            labels={labels}
            onSelect={select}
            commands={commands}
            overlay={overlay}
            onFirstDraw={onGraphDrawn}
            insets={insets}
            viewKey={`${view.q}\n${view.role ?? ''}`}
            tools={
              <GraphDisplayToggles
                labels={labels}
                narrowed={narrowed}
                keepsLayout={!picture.closedUp}
                canFold={canFold}
              />
            }
            sharesTouch={compact}
          />
        )}
      </GraphErrorBoundary>
    </div>
  );
}
