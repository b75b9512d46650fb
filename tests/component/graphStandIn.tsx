import { useEffect } from 'react';

import type { GraphViewProps } from '../../src/features/graph/GraphView';

/**
 * Stands in for the Cytoscape canvas, which jsdom cannot draw: it lists the drawn ids and selects on click,
 * so the app's wiring to the graph can be checked; it says it is drawn once mounted. The graph itself is tested
 * in the browser.
 */
export function GraphView({ picture, selectedId, onSelect, onFirstDraw, tools }: GraphViewProps) {
  useEffect(() => onFirstDraw?.(), [onFirstDraw]);
  return (
    <div data-testid="graph" data-graph-ready="true" data-selected={selectedId ?? ''}>
      {[...picture.drawn].map((id) => (
        <button key={id} type="button" data-graph-node={id} onClick={() => onSelect(id)}>
          {id}
        </button>
      ))}
      <button type="button" onClick={() => onSelect(null)}>
        background
      </button>
      {tools}
    </div>
  );
}
