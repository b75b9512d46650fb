import type { Core } from 'cytoscape';

import type { CoreDataset } from '../../model/schema';

import { FONT_FAMILY, INK } from './palette';

/** Keeps very large graphs within what browsers can hold in one canvas. */
const MAX_SIDE = 4096;

export function sourceLine(dataset: CoreDataset): string {
  return dataset.upstream
    .map(
      (source) =>
        `${source.name} · ${source.repository} @ ${source.commit.slice(0, 7)} (${source.date}) · ${source.licence}`,
    )
    .join('  |  ');
}

/** The whole visible graph on white, with a line naming the source underneath. */
export async function exportPng(cy: Core, caption: string): Promise<Blob> {
  // Hidden elements keep their place on the canvas; for the picture they leave the layout.
  const hidden = cy.elements('.hidden');
  cy.batch(() => hidden.addClass('exporting'));
  let graph: Blob;
  try {
    const box = cy.elements().boundingBox();
    // Sharper than the screen when small, never larger than MAX_SIDE.
    const scale = Math.min(2, MAX_SIDE / Math.max(box.w, box.h, 1));
    graph = await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale });
  } finally {
    cy.batch(() => hidden.removeClass('exporting'));
  }
  try {
    const bitmap = await createImageBitmap(graph);
    // The source line grows with the picture so it stays legible at the picture's scale.
    const fontSize = Math.round(Math.max(13, bitmap.width / 160));
    const footer = Math.round(fontSize * 2.4);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(bitmap.width, 600);
    canvas.height = bitmap.height + footer;
    const context = canvas.getContext('2d');
    if (!context) return graph;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0);
    context.fillStyle = INK;
    context.font = `${fontSize}px ${FONT_FAMILY}`;
    context.textBaseline = 'middle';
    context.fillText(caption, fontSize, bitmap.height + footer / 2, canvas.width - 2 * fontSize);
    return await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob ?? graph), 'image/png'));
  } catch {
    // Without image decoding (old browsers), the picture alone is still useful.
    return graph;
  }
}
