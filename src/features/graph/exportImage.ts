import type { Collection, Core, StylesheetJson } from 'cytoscape';

import { sourceLines } from '../../model/dataSources';
import type { CoreDataset } from '../../model/schema';

import { drawPictureFrame, frameMetrics } from './drawPictureFrame';
import type { PictureLegendSection } from './pictureLegend';
import { createSvgRecorder } from './svgRecorder';

export type ImageFormat = 'png' | 'svg';

/** What a picture carries besides the graph: its legend, and lines naming the data and the view. */
export interface PictureFrame {
  /** What the picture shows, above it. */
  title: string;
  legend: readonly PictureLegendSection[];
  /** The data's sources, a line each (`sourceLines`). */
  sources: readonly string[];
  /** The day the picture was made (YYYY-MM-DD). */
  date: string;
  /** The address of the view, so the picture leads back to it. */
  url: string;
}

/** The stylesheet pictures are drawn with and the one the screen shows, when they differ (dark mode). */
export interface PictureLooks {
  picture: StylesheetJson;
  screen: StylesheetJson;
}

/**
 * Runs `draw` with the graph in the picture's look. The drawing is synchronous, so the screen's look is back
 * before the canvas on screen is next painted and never shows the other one.
 */
function drawnIn<T>(cy: Core, looks: PictureLooks | undefined, draw: () => T): T {
  if (!looks) return draw();
  cy.style(looks.picture);
  try {
    return draw();
  } finally {
    cy.style(looks.screen);
  }
}

/** Keeps very large graphs within what browsers can hold in one canvas. */
const MAX_SIDE = 4096;
const BACKGROUND = '#ffffff';

/** The lines under a picture that name its data: each upstream source, with its editions and commit. */
export function sourceLinesOf(dataset: CoreDataset): string[] {
  return sourceLines(dataset.upstream);
}

/** The parts of Cytoscape's canvas renderer the SVG export draws with (the renderer behind `cy.png`). */
interface CanvasRenderer {
  usePaths(): boolean;
  getCachedZSortedEles(): Collection;
  drawElements(context: CanvasRenderingContext2D, elements: Collection): void;
}

/**
 * The graph as shown, its title above, its legend to the right and the source lines underneath, as a PNG or SVG
 * file. What the filters hide leaves the picture, and nothing is dimmed: a picture has no pointer hovering it.
 */
export async function exportImage(
  cy: Core,
  format: ImageFormat,
  frame: PictureFrame,
  looks?: PictureLooks,
): Promise<Blob> {
  const hidden = cy.elements('.hidden');
  const dimmed = cy.elements('.dimmed');
  cy.batch(() => {
    hidden.addClass('exporting');
    dimmed.removeClass('dimmed');
  });
  try {
    return format === 'svg' ? await exportSvg(cy, frame, looks) : await exportPng(cy, frame, looks);
  } finally {
    cy.batch(() => {
      hidden.removeClass('exporting');
      dimmed.addClass('dimmed');
    });
  }
}

const captionsOf = (frame: PictureFrame) => [...frame.sources, `${frame.date}  ·  ${frame.url}`];

function layoutOf(frame: PictureFrame, graphWidth: number, graphHeight: number) {
  const metrics = frameMetrics(frame.legend, graphWidth, frame.sources.length + 1);
  const width = Math.ceil(graphWidth + metrics.legendWidth);
  const footerY = metrics.headerHeight + Math.max(graphHeight, metrics.legendHeight);
  return {
    metrics,
    width,
    height: Math.ceil(footerY + metrics.footerHeight),
    box: { legendX: graphWidth, footerY, width },
  };
}

async function exportPng(cy: Core, frame: PictureFrame, looks: PictureLooks | undefined): Promise<Blob> {
  const bounds = cy.elements().boundingBox();
  // Sharper than the screen when small, never larger than MAX_SIDE.
  const scale = Math.min(2, MAX_SIDE / Math.max(bounds.w, bounds.h, 1));
  const graph = await drawnIn(cy, looks, () =>
    cy.png({ output: 'blob-promise', full: true, bg: BACKGROUND, scale }),
  );
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(graph);
  } catch {
    // Without image decoding (old browsers), the graph alone is still useful.
    return graph;
  }
  const { metrics, width, height, box } = layoutOf(frame, bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return graph;
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, metrics.headerHeight);
  drawPictureFrame(context, frame.title, frame.legend, captionsOf(frame), box, metrics);
  return new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob ?? graph), 'image/png'));
}

async function exportSvg(cy: Core, frame: PictureFrame, looks: PictureLooks | undefined): Promise<Blob> {
  const bounds = cy.elements().boundingBox();
  const { metrics, width, height, box } = layoutOf(frame, Math.ceil(bounds.w), Math.ceil(bounds.h));
  const context = await createSvgRecorder(width, height);
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, width, height);

  // Cytoscape draws each element onto the recording context as it would onto its canvas; cached Path2D
  // shapes cannot be recorded, so it draws with plain path calls for this once.
  const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const usePaths = renderer.usePaths;
  renderer.usePaths = () => false;
  try {
    context.save();
    context.translate(-bounds.x1, metrics.headerHeight - bounds.y1);
    drawnIn(cy, looks, () => renderer.drawElements(context, renderer.getCachedZSortedEles()));
    context.restore();
  } finally {
    renderer.usePaths = usePaths;
  }
  drawPictureFrame(context, frame.title, frame.legend, captionsOf(frame), box, metrics);
  return new Blob([context.getSerializedSvg()], { type: 'image/svg+xml' });
}
