import type { ReactNode } from 'react';

import { CONTROL_TYPES, EDGE_KINDS, NODE_KINDS } from '../../model/vocabulary';

import type { GraphLabels } from './GraphLabels';
import { CONTROL_LOOKS, EDGE_LOOKS, GOVERNANCE_BORDER_WIDTH, NODE_LOOKS } from './palette';
import { EdgeSwatch, NodeSwatch } from './Swatch';

/** Node kinds on the strip: controls are told by their type, next to it. */
const STRIP_KINDS = NODE_KINDS.filter((kind) => kind !== 'control');

/**
 * The legend, always in sight: one line of swatches for the kinds of node and the control types, then "More" for
 * the governance mark, the relations and the marks of the role, the scope and the active layer (`children`).
 * `compact` (a phone) folds all of it behind "Legend", leaving the screen to the graph.
 */
export function GraphLegend({
  labels,
  compact = false,
  children,
}: {
  labels: GraphLabels;
  compact?: boolean;
  children?: ReactNode;
}) {
  const otherControl = CONTROL_LOOKS.other;
  const kinds = (className?: string) => (
    <ul className={className} aria-label={labels.legendGroups.nodes}>
      {STRIP_KINDS.map((kind) => (
        <li key={kind} title={labels.kinds[kind]}>
          <NodeSwatch {...NODE_LOOKS[kind]} />
          {kind === 'ml-top10' || kind === 'llm-top10' ? labels.short[kind] : labels.kinds[kind]}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="graph-legend" role="group" aria-label={labels.legend}>
      {!compact && kinds('graph-legend__strip')}
      {!compact && (
        <ul className="graph-legend__strip" aria-label={labels.legendGroups.controlTypes}>
          <li aria-hidden="true" className="graph-legend__lead">
            {labels.short.controls}
          </li>
          {CONTROL_TYPES.map((type) => (
            <li key={type} title={labels.controlTypes[type]}>
              <NodeSwatch shape="hexagon" {...CONTROL_LOOKS[type]} />
              <span className="graph-sr-only">{labels.controlTypes[type]}</span>
              <span aria-hidden="true">{labels.short.controlTypes[type]}</span>
            </li>
          ))}
        </ul>
      )}
      <details className="graph-legend__more">
        <summary>{compact ? labels.legend : labels.legendMore}</summary>
        <div className="graph-legend__popover">
          {children}
          {compact && (
            <>
              <p className="graph-legend__title">{labels.legendGroups.nodes}</p>
              {kinds()}
            </>
          )}
          <p className="graph-legend__title">{labels.legendGroups.controlTypes}</p>
          <ul aria-label={labels.legendGroups.controlTypes}>
            {CONTROL_TYPES.map((type) => (
              <li key={type}>
                <NodeSwatch shape="hexagon" {...CONTROL_LOOKS[type]} />
                {labels.controlTypes[type]}
              </li>
            ))}
            <li>
              <NodeSwatch
                shape="hexagon"
                fill={otherControl.fill}
                border={otherControl.border}
                borderStyle="solid"
                borderWidth={GOVERNANCE_BORDER_WIDTH}
              />
              {labels.governance}
            </li>
          </ul>
          <p className="graph-legend__title">{labels.legendGroups.edges}</p>
          <ul aria-label={labels.legendGroups.edges}>
            {EDGE_KINDS.map((kind) => (
              <li key={kind}>
                <EdgeSwatch look={EDGE_LOOKS[kind]} />
                {labels.edges[kind]}
              </li>
            ))}
          </ul>
          <p className="hint">{labels.relationsHint}</p>
        </div>
      </details>
    </div>
  );
}
