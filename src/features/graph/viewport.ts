import type { Core, NodeSingular } from 'cytoscape';

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

/** Room left above and beside the first shown items. */
const LEAD = 48;

/**
 * Everything when it fits at a readable size; otherwise the navigator's reading start (`readingStart`) at a
 * readable size, or the selected node when there is one.
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
  const start = readingStart(cy, READABLE_ZOOM);
  if (!start) return;
  cy.zoom(READABLE_ZOOM);
  cy.pan({ x: FIT_PADDING - start.x * READABLE_ZOOM, y: FIT_PADDING - start.y * READABLE_ZOOM });
}

/**
 * After a filter change: when it left none of the shown threats, controls or Top 10 items in view, the view moves
 * as the first view would (an empty screen would look like a filter that matched nothing).
 */
export function revealShown(cy: Core, selectedId: string | null): void {
  const view = cy.extent();
  let anyShown = false;
  // One pass that stops at the first node in view: this runs on every filter change, with thousands of nodes.
  const inView = cy.nodes().some((node) => {
    if (!isShownItem(node as NodeSingular)) return false;
    anyShown = true;
    const { x, y } = (node as NodeSingular).position();
    return x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
  });
  if (anyShown && !inView) initialView(cy, selectedId);
}

/** A shown threat, control or Top 10 item; group headings span their frames, so they are left out. */
const isShownItem = (node: NodeSingular) =>
  node.hasClass('item') &&
  !node.hasClass('hidden') &&
  !node.hasClass('threat-group') &&
  !node.hasClass('control-group');

/**
 * The top-left of the topmost shown section band. Hidden elements keep their place, so with filters the band's
 * start can be empty (a link to a filtered view would open on nothing): when the first shown items lie more than
 * half a screen right or down, the start moves to them.
 */
function readingStart(cy: Core, zoom: number): { x: number; y: number } | null {
  const bands = cy.nodes('.band').not('.hidden');
  if (bands.empty()) return null;
  const band = bands.boundingBox();
  const top = bands.filter((node) => node.boundingBox().y1 === band.y1).boundingBox();
  const items = cy.nodes().filter((node) => {
    if (!isShownItem(node)) return false;
    const box = node.boundingBox();
    return box.y1 >= top.y1 && box.y2 <= top.y2;
  });
  if (items.empty()) return { x: top.x1, y: top.y1 };
  const first = items.boundingBox();
  return {
    x: first.x1 - top.x1 > cy.width() / zoom / 2 ? first.x1 - LEAD : top.x1,
    y: first.y1 - top.y1 > cy.height() / zoom / 2 ? first.y1 - LEAD : top.y1,
  };
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
