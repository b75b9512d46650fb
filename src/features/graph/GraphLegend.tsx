import { type ReactNode, useEffect, useId, useRef } from 'react';

import { CONTROL_TYPES, EDGE_KINDS, IMPACTS, NODE_KINDS } from '../../model/vocabulary';

import type { GraphLabels } from './GraphLabels';
import { CONTROL_LOOKS, EDGE_LOOKS, GOVERNANCE_BORDER_WIDTH, NODE_LOOKS } from './palette';
import { EdgeSwatch, NodeSwatch } from './Swatch';

function LegendList({
  title,
  children,
  className,
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <>
      <p id={id} className="graph-legend__title">
        {title}
      </p>
      <ul aria-labelledby={id} className={className}>
        {children}
      </ul>
    </>
  );
}

/** Where the graph has this much room, the legend starts open beside the canvas. */
const ROOM_FOR_OPEN_LEGEND = 1000;

/** Explains every shape, colour, border and line style of the canvas. Collapsible. */
export function GraphLegend({ labels, children }: { labels: GraphLabels; children?: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const otherControl = CONTROL_LOOKS.other;
  useEffect(() => {
    const details = ref.current;
    const stage = details?.parentElement;
    if (!details || !stage || typeof ResizeObserver === 'undefined') return;
    // Measured once the browser has laid the page out: reading the size now would force that layout at once.
    const observer = new ResizeObserver(([entry]) => {
      observer.disconnect();
      const room = entry?.borderBoxSize[0]?.inlineSize ?? entry?.contentRect.width ?? 0;
      if (room >= ROOM_FOR_OPEN_LEGEND) details.open = true;
    });
    observer.observe(stage);
    return () => observer.disconnect();
  }, []);
  return (
    <details className="graph-legend" ref={ref}>
      <summary>{labels.legend}</summary>
      {/* The marks of the role, the scope and the active layer come first: they change with the view. */}
      {children}
      <LegendList title={labels.legendGroups.nodes}>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <NodeSwatch {...NODE_LOOKS[kind]} />
            {labels.kinds[kind]}
          </li>
        ))}
      </LegendList>
      <LegendList title={labels.legendGroups.controlTypes}>
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
      </LegendList>
      <LegendList title={labels.legendGroups.impacts} className="graph-legend__impacts">
        {IMPACTS.map((impact) => (
          <li key={impact}>{labels.impacts[impact]}</li>
        ))}
      </LegendList>
      <LegendList title={labels.legendGroups.edges}>
        {EDGE_KINDS.map((kind) => (
          <li key={kind}>
            <EdgeSwatch look={EDGE_LOOKS[kind]} />
            {labels.edges[kind]}
          </li>
        ))}
      </LegendList>
    </details>
  );
}
