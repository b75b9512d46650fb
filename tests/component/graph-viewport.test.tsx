import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { initialView, revealShown } from '../../src/features/graph/viewport';

const READABLE = 0.85;
const PADDING = 24;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const node = (id: string, classes: string, { x, y, w, h }: Box): ElementDefinition => ({
  data: { id, w, h },
  position: { x: x + w / 2, y: y + h / 2 },
  classes,
});

/** Two section bands, one above the other, each with items laid out from `items`; hidden ones get `.hidden`. */
function graph(
  items: { id: string; box: Box; classes?: string }[],
  screen = { width: 700, height: 700 },
): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)' } }],
    elements: [
      node('band:top', 'band', { x: 0, y: 0, w: 3000, h: 1000 }),
      node('band:below', 'band', { x: 0, y: 1100, w: 3000, h: 1000 }),
      ...items.map(({ id, box, classes = '' }) => node(id, `item threat ${classes}`, box)),
    ],
  });
  cy.width = () => screen.width;
  cy.height = () => screen.height;
  return cy;
}

/** A threat of the usual size, its top-left at (x, y). */
const item = (id: string, x: number, y: number, classes = '') => ({
  id,
  box: { x, y, w: 150, h: 50 },
  classes,
});

/** The graph point in the middle of the 700 × 700 view. */
const centre = (cy: Core) => ({ x: (350 - cy.pan().x) / cy.zoom(), y: (350 - cy.pan().y) / cy.zoom() });

/** The graph point at the view's top-left inner corner, in whole units (Cytoscape's boxes add a pixel around). */
const start = (cy: Core) => ({
  x: Math.round((PADDING - cy.pan().x) / cy.zoom()) + 1,
  y: Math.round((PADDING - cy.pan().y) / cy.zoom()) + 1,
});

describe('the first view of a graph too large to read whole', () => {
  it('starts at the top-left of the topmost section, where reading starts', () => {
    const cy = graph([item('a', 200, 60), item('b', 2500, 1500)]);
    initialView(cy, null);
    expect(cy.zoom()).toBe(READABLE);
    expect(start(cy)).toEqual({ x: 0, y: 0 });
  });

  it('moves right to the first shown items when the filters leave the section’s start empty', () => {
    const cy = graph([item('a', 200, 60, 'hidden'), item('b', 1800, 120), item('c', 1900, 500)]);
    initialView(cy, null);
    expect(cy.zoom()).toBe(READABLE);
    expect(start(cy)).toEqual({ x: 1800 - 48, y: 0 });
  });

  it('moves down as well when the first shown items are more than half a screen below', () => {
    const cy = graph([item('b', 1800, 700), item('c', 2600, 1500)]);
    initialView(cy, null);
    expect(start(cy)).toEqual({ x: 1800 - 48, y: 700 - 48 });
  });

  it('leaves the group headings out of the reckoning: they span their frames', () => {
    const cy = graph([
      { id: 'group', box: { x: 150, y: 40, w: 2700, h: 40 }, classes: 'threat-group' },
      item('b', 1800, 120),
      item('c', 1900, 1500),
    ]);
    initialView(cy, null);
    expect(start(cy).x).toBe(1800 - 48);
  });

  it('shows the selected node in the middle instead', () => {
    const cy = graph([item('a', 200, 60), item('b', 2500, 1500)]);
    initialView(cy, 'b');
    expect(cy.zoom()).toBe(READABLE);
    expect(centre(cy)).toEqual({ x: 2575, y: 1525 });
  });
});

describe('the first view of a graph that fits', () => {
  it('shows every shown section whole', () => {
    const cy = graph([item('a', 200, 60), item('b', 1800, 1500)], { width: 4000, height: 3000 });
    initialView(cy, null);
    expect(cy.zoom()).toBeGreaterThanOrEqual(READABLE);
    const box = cy.nodes('.band').renderedBoundingBox();
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(4000);
  });
});

describe('after a filter change', () => {
  const items = [item('a', 200, 60), item('b', 1800, 120), item('c', 2500, 1500)];

  it('leaves the view alone while a shown node is in it', () => {
    const cy = graph(items);
    cy.zoom(READABLE);
    cy.pan({ x: -2000 * READABLE, y: -1300 * READABLE });
    cy.$('#a, #b').addClass('hidden');
    revealShown(cy, null);
    expect(cy.pan()).toEqual({ x: -2000 * READABLE, y: -1300 * READABLE });
  });

  it('moves to the first shown nodes when none is left in view', () => {
    const cy = graph(items);
    cy.zoom(READABLE);
    cy.pan({ x: 0, y: 0 });
    cy.$('#a').addClass('hidden');
    revealShown(cy, null);
    expect(start(cy)).toEqual({ x: 1800 - 48, y: 0 });
  });

  it('moves to the selected node when it is shown', () => {
    const cy = graph(items);
    cy.zoom(READABLE);
    cy.$('#a').addClass('hidden');
    revealShown(cy, 'c');
    expect(centre(cy)).toEqual({ x: 2575, y: 1525 });
  });
});
