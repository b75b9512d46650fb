import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { followHover, HOVER_DELAY_MS } from '../../src/features/graph/hoverIntent';

const graph = () =>
  cytoscape({
    headless: true,
    elements: ['a', 'b', 'c'].map((id) => ({ data: { id }, classes: 'item' })),
  });

/** A press as Cytoscape reports it, from a mouse or from a finger. */
const press = (target: cytoscape.Core | cytoscape.NodeSingular, type: 'mousedown' | 'touchstart') =>
  target.emit({ type: 'tapstart', originalEvent: { type } } as never);

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('the hovered node', () => {
  it('is the one the pointer rests on, not those it crosses on the way', () => {
    const cy = graph();
    const heard: (string | null)[] = [];
    followHover(cy, (id) => heard.push(id));
    cy.$id('a').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS / 2);
    cy.$id('a').emit('mouseout');
    cy.$id('b').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS / 2);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(heard).toEqual(['b']);
    // Straight on to the next node: no moment without emphasis in between.
    cy.$id('b').emit('mouseout');
    cy.$id('c').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    cy.$id('c').emit('mouseout');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(heard).toEqual(['b', 'c', null]);
  });

  it('is where a mouse presses, told once the press has been answered', () => {
    const cy = graph();
    const heard: (string | null)[] = [];
    followHover(cy, (id) => heard.push(id));
    cy.$id('a').emit('mouseover');
    press(cy.$id('a'), 'mousedown');
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual(['a']);
    // The wait for the rest was ended by the press: nothing more comes of it.
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(heard).toEqual(['a']);
    press(cy, 'mousedown');
    vi.advanceTimersByTime(1);
    expect(heard).toEqual(['a', null]);
  });

  it('is never a node a finger tapped, and nothing once it stops listening', () => {
    const cy = graph();
    const heard: (string | null)[] = [];
    const stop = followHover(cy, (id) => heard.push(id));
    press(cy.$id('a'), 'touchstart');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(heard).toEqual([]);
    cy.$id('b').emit('mouseover');
    stop();
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    cy.$id('c').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(heard).toEqual([]);
  });
});
