import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';

import {
  bringIntoView,
  NO_INSETS,
  pictureViewport,
  READABLE_ZOOM,
  sizeOf,
} from '../../src/features/graph/viewport';

/** A headless canvas of `width` × `height` with square nodes at the given centres. */
function canvas(width: number, height: number, nodes: Record<string, [number, number]>): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 100, height: 40 } }],
    elements: Object.entries(nodes).map(([id, [x, y]]) => ({ data: { id }, position: { x, y } })),
  });
  cy.width = () => width;
  cy.height = () => height;
  return cy;
}

const picture = { x1: 0, y1: 0, x2: 1600, y2: 1000 };

describe('the view of a whole picture', () => {
  it('shows all of it, centred, when its names can be read at that size', () => {
    const cy = canvas(1400, 800, {});
    const { zoom, pan } = pictureViewport(sizeOf(cy), picture, NO_INSETS);
    expect(zoom).toBeGreaterThanOrEqual(0.65);
    expect(zoom * 1000).toBeLessThanOrEqual(800);
    expect(pan.x + 800 * zoom).toBeCloseTo(700);
  });

  it('leaves out the part of the canvas a panel covers', () => {
    const cy = canvas(1400, 800, {});
    const { zoom, pan } = pictureViewport(
      sizeOf(cy),
      { x1: 0, y1: 0, x2: 400, y2: 300 },
      { right: 400, bottom: 0 },
    );
    expect(pan.x + 400 * zoom).toBeLessThanOrEqual(1000);
    expect(pan.x).toBeGreaterThanOrEqual(0);
  });

  it('draws a small answer larger, but not without bound', () => {
    const cy = canvas(1400, 800, {});
    expect(
      pictureViewport(sizeOf(cy), { x1: 0, y1: 0, x2: 170, y2: 40 }, NO_INSETS).zoom,
    ).toBeLessThanOrEqual(1.3);
  });

  it('starts at the top-left at a readable size on a screen too small for all of it (a phone)', () => {
    const cy = canvas(390, 600, {});
    const { zoom, pan } = pictureViewport(sizeOf(cy), { x1: 50, y1: 20, x2: 1650, y2: 1020 }, NO_INSETS);
    expect(zoom).toBeCloseTo(READABLE_ZOOM);
    expect(pan.x + 50 * zoom).toBeGreaterThan(0);
    expect(pan.x + 50 * zoom).toBeLessThan(20);
  });
});

describe('bringing a selection into view', () => {
  it('moves as little as it can to show the node and what it is linked to', () => {
    const cy = canvas(800, 600, { a: [900, 300], b: [1100, 300], far: [4000, 300] });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    bringIntoView(cy, [cy.$('#a, #b')], cy.$('#a'), NO_INSETS, 0);
    const box = cy.$('#a, #b').renderedBoundingBox({ includeLabels: false });
    expect(box.x2).toBeLessThanOrEqual(800);
    expect(box.x2).toBeGreaterThan(780);
    expect(cy.zoom()).toBe(1);
  });

  it('shows the node alone when what it is linked to does not fit, and nothing moves if it is in view', () => {
    const cy = canvas(800, 600, { a: [900, 300], far: [4000, 300] });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    bringIntoView(cy, [cy.$('#a, #far')], cy.$('#a'), { right: 300, bottom: 0 }, 0);
    const box = cy.$('#a').renderedBoundingBox({ includeLabels: false });
    expect(box.x2).toBeLessThanOrEqual(500);
    const pan = { ...cy.pan() };
    bringIntoView(cy, [cy.$('#a, #far')], cy.$('#a'), { right: 300, bottom: 0 }, 0);
    expect(cy.pan()).toEqual(pan);
  });
});
