// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { keyAction, nearestInDirection } from '../../src/features/graph/keyboardNavigation';

describe('arrow-key navigation on the canvas', () => {
  const grid = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'right', x: 100, y: 10 },
    { id: 'far-right', x: 300, y: 0 },
    { id: 'below', x: 5, y: 80 },
    { id: 'above-left', x: -100, y: -100 },
  ];
  const from = grid[0]!;

  it('moves to the nearest node in the pressed direction', () => {
    expect(nearestInDirection(from, grid, 'right')).toBe('right');
    expect(nearestInDirection(from, grid, 'down')).toBe('below');
    expect(nearestInDirection(from, grid, 'up')).toBe('above-left');
    expect(nearestInDirection(from, grid, 'left')).toBe('above-left');
  });

  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection({ id: 'far-right', x: 300, y: 0 }, grid, 'right')).toBeNull();
  });

  it('maps keys to actions and ignores the rest', () => {
    expect(keyAction('ArrowLeft')).toEqual({ type: 'move', direction: 'left' });
    expect(keyAction('Enter')).toEqual({ type: 'activate' });
    expect(keyAction('+')).toEqual({ type: 'zoom-in' });
    expect(keyAction('a')).toBeNull();
  });
});
