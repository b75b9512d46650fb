import type { Core, NodeCollection } from 'cytoscape';

/** Viewport moves of GraphView's instance: the picture in view, a neighbourhood in view, zoom steps. */

export const FIT_PADDING = 10;
export const ZOOM_STEP = 1.25;
/** Node labels are 12 px: at this zoom they are drawn at 11 px, comfortably readable. */
export const READABLE_ZOOM = 11 / 12;
/** The least zoom at which a whole picture is shown (names at about 8 px); below it, its start at a readable zoom. */
export const LEGIBLE_ZOOM = 0.65;
/** A small answer is drawn larger, but not so large that it stops looking like part of the map. */
export const MAX_FIT_ZOOM = 1.3;

/** Rectangle corners in model coordinates. */
export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pixels along the canvas's right and bottom edges covered by a panel over it (the details). */
export interface Insets {
  right: number;
  bottom: number;
}

export const NO_INSETS: Insets = { right: 0, bottom: 0 };

/** Room kept between the picture and the tools along the canvas's bottom. */
const TOOLBAR_MARGIN = 6;

/** The canvas's free part leaves out the panel over it and the tools along its bottom (`toolbar` px high). */
export const coveredBy = (insets: Insets, toolbar: number): Insets => ({
  right: insets.right,
  bottom: Math.max(insets.bottom, toolbar + TOOLBAR_MARGIN),
});

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** A canvas's size in pixels. */
export interface Size {
  width: number;
  height: number;
}

export const sizeOf = (cy: Core): Size => ({ width: cy.width(), height: cy.height() });

/** The part of the canvas nothing covers, in pixels. */
function freeArea(size: Size, insets: Insets): Size {
  const width = Math.max(size.width - insets.right, size.width / 3);
  const height = Math.max(size.height - insets.bottom, size.height / 3);
  return { width, height };
}

/**
 * The whole picture in the free part of a canvas of `size`, as large as fits (up to MAX_FIT_ZOOM); when that would
 * draw its names under 9 px (a phone), its top-left corner at a readable size instead. The picture drawn before the
 * canvas is ready is placed by the same function (PictureSvg.tsx), or by the rules of `staticPictureCss`.
 */
export function pictureViewport(size: Size, bounds: Bounds, insets: Insets): Viewport {
  const { width, height } = freeArea(size, insets);
  const w = Math.max(bounds.x2 - bounds.x1, 1);
  const h = Math.max(bounds.y2 - bounds.y1, 1);
  const fit = Math.min((width - 2 * FIT_PADDING) / w, (height - 2 * FIT_PADDING) / h, MAX_FIT_ZOOM);
  if (fit >= LEGIBLE_ZOOM) {
    return {
      zoom: fit,
      pan: {
        x: width / 2 - ((bounds.x1 + bounds.x2) / 2) * fit,
        y: height / 2 - ((bounds.y1 + bounds.y2) / 2) * fit,
      },
    };
  }
  const zoom = READABLE_ZOOM;
  return { zoom, pan: { x: FIT_PADDING - bounds.x1 * zoom, y: FIT_PADDING - bounds.y1 * zoom } };
}

export function moveViewport(cy: Core, viewport: Viewport, duration: number): void {
  cy.stop();
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), viewport.zoom));
  if (duration > 0) cy.animate({ zoom, pan: viewport.pan }, { duration });
  else cy.viewport({ zoom, pan: viewport.pan });
}

/** The pan that moves a rendered box the least to bring it inside `size` (centred on an axis it does not fit). */
function nudge(box: { x1: number; x2: number }, size: number): number {
  const room = size - 2 * FIT_PADDING;
  if (box.x2 - box.x1 > room) return size / 2 - (box.x1 + box.x2) / 2;
  if (box.x1 < FIT_PADDING) return FIT_PADDING - box.x1;
  if (box.x2 > size - FIT_PADDING) return size - FIT_PADDING - box.x2;
  return 0;
}

/**
 * Brings a selected node and what it is linked to into the free part of the canvas, moving the view as little as
 * possible and keeping its zoom: the first of `candidates` (say, all it is linked to, then those of its own
 * section) that fits, else the node itself. Nothing moves when that is in view already.
 */
export function bringIntoView(
  cy: Core,
  candidates: readonly NodeCollection[],
  node: NodeCollection,
  insets: Insets,
  duration: number,
) {
  if (node.empty()) return;
  const { width, height } = freeArea(sizeOf(cy), insets);
  const fitting = candidates
    .map((elements) => elements.union(node).renderedBoundingBox({ includeLabels: false }))
    .find((box) => box.w <= width - 2 * FIT_PADDING && box.h <= height - 2 * FIT_PADDING);
  const box = fitting ?? node.renderedBoundingBox({ includeLabels: false });
  const dx = nudge({ x1: box.x1, x2: box.x2 }, width);
  const dy = nudge({ x1: box.y1, x2: box.y2 }, height);
  if (dx === 0 && dy === 0) return;
  const pan = cy.pan();
  moveViewport(cy, { zoom: cy.zoom(), pan: { x: pan.x + dx, y: pan.y + dy } }, duration);
}

export function zoomBy(cy: Core, factor: number, duration: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
  cy.stop();
  if (duration > 0) cy.animate({ zoom: { level, renderedPosition }, duration });
  else cy.zoom({ level, renderedPosition });
}

export function isInView(cy: Core, id: string, insets: Insets = NO_INSETS): boolean {
  const { width, height } = freeArea(sizeOf(cy), insets);
  const box = cy.getElementById(id).renderedBoundingBox();
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
}

export function centreOn(cy: Core, id: string, insets: Insets, duration: number): void {
  const node = cy.getElementById(id);
  if (node.empty() || node.hasClass('hidden')) return;
  const { width, height } = freeArea(sizeOf(cy), insets);
  const { x, y } = node.position();
  const zoom = cy.zoom();
  moveViewport(cy, { zoom, pan: { x: width / 2 - x * zoom, y: height / 2 - y * zoom } }, duration);
}
