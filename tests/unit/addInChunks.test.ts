import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { addInChunks, IN_VIEW_STEP } from '../../src/features/graph/cyUpdates';

/** 60 nodes in the view (0–100 on both axes), then 300 outside it, in the order they are added. */
const elements = [
  ...Array.from({ length: 60 }, (_, i) => ({ data: { id: `in${i}` }, position: { x: i, y: i } })),
  ...Array.from({ length: 300 }, (_, i) => ({ data: { id: `out${i}` }, position: { x: 1000 + i, y: 0 } })),
];

let frames: FrameRequestCallback[] = [];
const nextFrame = () => {
  const pending = frames;
  frames = [];
  pending.forEach((callback) => callback(performance.now()));
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => void vi.unstubAllGlobals());

describe('a very large graph built up frame by frame', () => {
  it('brings only a few elements into view a frame, as each costs a first drawing, and ends with all of them', () => {
    const cy = cytoscape({ headless: true });
    cy.extent = () => ({ x1: 0, y1: 0, x2: 100, y2: 100, w: 100, h: 100 });
    const done = vi.fn();
    addInChunks(cy, elements, done);
    expect(cy.nodes()).toHaveLength(0);

    nextFrame();
    expect(cy.nodes()).toHaveLength(IN_VIEW_STEP);
    nextFrame();
    nextFrame();
    expect(cy.nodes()).toHaveLength(60);
    // Out of view, a step adds as much as its time allows.
    while (frames.length > 0) nextFrame();
    expect(cy.nodes()).toHaveLength(360);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
