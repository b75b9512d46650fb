import type { Core } from 'cytoscape';

import { animationDuration } from './motion';

/** Viewport moves of GraphView's instance: fit, centre, zoom, the first view. */

const FIT_PADDING = 24;
export const ZOOM_STEP = 1.25;
/** Node labels are 12–13px: at this zoom they are drawn at about 11px. */
const READABLE_ZOOM = 0.85;

export function fitVisible(cy: Core, duration: number): void {
  const bands = cy.nodes('.band').not('.hidden');
  if (bands.empty()) return;
  cy.stop();
  if (duration > 0) cy.animate({ fit: { eles: bands, padding: FIT_PADDING }, duration });
  else cy.fit(bands, FIT_PADDING);
}

/**
 * Everything when it fits at a readable size; otherwise the top-left of the picture (the
 * navigator's reading start) at a readable size, or the selected node when there is one.
 */
export function initialView(cy: Core, selectedId: string | null): void {
  const selected = selectedId ? cy.getElementById(selectedId) : null;
  if (selected && selected.nonempty() && !selected.hasClass('hidden')) {
    cy.zoom(READABLE_ZOOM);
    cy.center(selected);
    return;
  }
  fitVisible(cy, 0);
  if (cy.zoom() >= READABLE_ZOOM) return;
  const bands = cy.nodes('.band').not('.hidden');
  if (bands.empty()) return;
  const box = bands.boundingBox();
  cy.zoom(READABLE_ZOOM);
  cy.pan({ x: FIT_PADDING - box.x1 * READABLE_ZOOM, y: FIT_PADDING - box.y1 * READABLE_ZOOM });
}

export function centreOn(cy: Core, id: string, duration: number): void {
  const node = cy.getElementById(id);
  if (node.empty() || node.hasClass('hidden')) return;
  cy.stop();
  if (duration > 0) cy.animate({ center: { eles: node }, duration });
  else cy.center(node);
}

export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
  const duration = animationDuration(200);
  cy.stop();
  if (duration > 0) cy.animate({ zoom: { level, renderedPosition }, duration });
  else cy.zoom({ level, renderedPosition });
}

export function isInView(cy: Core, id: string): boolean {
  const box = cy.getElementById(id).renderedBoundingBox();
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
}
