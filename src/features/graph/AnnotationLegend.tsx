import './annotationLegend.css';

import { useId } from 'react';

import type { OverlayLegendEntry } from './overlayLegend';

/** The legend of the marks the role, the scope and the active layer put on the graph: symbol, colour, meaning. */
export function AnnotationLegend({
  title,
  entries,
}: {
  title: string;
  entries: readonly OverlayLegendEntry[];
}) {
  const id = useId();
  if (entries.length === 0) return null;
  return (
    <section className="annotation-legend" aria-labelledby={id} data-testid="annotation-legend">
      <p id={id} className="graph-legend__title">
        {title}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} data-mark={entry.key}>
            <span
              className="annotation-legend__mark"
              style={{ borderColor: entry.colour, borderStyle: entry.dashed ? 'dashed' : 'solid' }}
              aria-hidden="true"
            >
              {entry.symbol}
            </span>
            {entry.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
