import './floor.css';

import cytoscape, { type Core } from 'cytoscape';
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { floorDataUrl } from 'virtual:floor-data';

import type { FloorData } from '../floorData';

/**
 * The floor the benchmark measures the app against: React and Cytoscape alone, drawing every node of the shipped
 * data set at the layout's positions with a plain stylesheet (labels, no edges); a click on a node shows its title
 * in a plain panel (a click on the background closes it), a button hides (or shows again) the nodes a filter hides. It reports what the benchmark's
 * probes read from the app: `data-graph-ready`, `data-visible-count` and `#details-title`.
 */
function Floor() {
  const [data, setData] = useState<FloorData | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [pressed, setPressed] = useState<ReadonlySet<string>>(new Set());
  const containerRef = useRef<HTMLDivElement>(null);
  // Cytoscape redraws everything 100 ms after an attribute of its own container changes: the probes' attributes
  // are written on the element around it, as the app does.
  const engineRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    void fetch(floorDataUrl)
      .then((response) => response.json())
      .then((json: FloorData) => setData(json));
  }, []);

  useEffect(() => {
    const container = containerRef.current;
    const engine = engineRef.current;
    if (!data || !container || !engine) return;
    const cy = cytoscape({
      container: engine,
      elements: data.nodes.map((node) => ({
        data: { id: node.id, label: node.label, w: node.w, h: node.h },
        position: { x: node.x, y: node.y },
      })),
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            width: 'data(w)',
            height: 'data(h)',
            shape: 'round-rectangle',
            'background-color': '#23507d',
            color: '#ffffff',
            'font-size': 12,
            'text-wrap': 'wrap',
            'text-max-width': '150px',
            'text-valign': 'center',
            'text-halign': 'center',
          },
        },
        { selector: '.hidden', style: { visibility: 'hidden' } },
      ],
      layout: { name: 'preset', fit: false },
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    // Framed as the app frames its first view: the whole picture, or its top-left corner at a readable size.
    const { padding, legibleZoom, readableZoom } = data.view;
    cy.fit(undefined, padding);
    if (cy.zoom() < legibleZoom) {
      const { x1, y1 } = cy.nodes().boundingBox();
      cy.viewport({
        zoom: readableZoom,
        pan: { x: padding - x1 * readableZoom, y: padding - y1 * readableZoom },
      });
    }
    container.dataset.visibleCount = String(cy.nodes().length);
    cy.on('tap', 'node', (event) => setTitle(event.target.data('label') as string));
    cy.on('tap', (event) => {
      if (event.target === cy) setTitle(null);
    });
    cy.one('render', () => {
      container.dataset.graphReady = 'true';
    });
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [data]);

  const toggle = (name: string, hides: readonly string[]) => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    cy.batch(() => {
      for (const id of hides) cy.getElementById(id).toggleClass('hidden');
    });
    container.dataset.visibleCount = String(cy.nodes().not('.hidden').length);
    setPressed((before) => {
      const next = new Set(before);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  };

  return (
    <div className="floor">
      <div className="floor__bar">
        {data?.toggles.map(({ name, hides }) => (
          <button
            key={name}
            type="button"
            aria-pressed={pressed.has(name)}
            onClick={() => toggle(name, hides)}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="floor__canvas">
        <div ref={containerRef} className="graph-canvas">
          <div ref={engineRef} className="graph-canvas__engine" />
        </div>
        {title !== null && (
          <aside className="floor__panel">
            <h2 id="details-title">{title}</h2>
          </aside>
        )}
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
