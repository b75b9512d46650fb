import { describe, expect, it } from 'vitest';

import { balancedWidth, packColumns, packRows } from '../../src/model/layout/pack';

const box = (width: number, height: number) => ({ width, height });

describe('packRows', () => {
  it('fills a row left to right and wraps when the next item would pass the width', () => {
    const packed = packRows([box(100, 10), box(100, 30), box(100, 20)], 230, 10);
    expect(packed.offsets).toEqual([
      { x: 0, y: 0 },
      { x: 110, y: 0 },
      { x: 0, y: 40 },
    ]);
    expect(packed.width).toBe(210);
    expect(packed.height).toBe(60);
  });

  it('puts an item wider than the row on a row of its own instead of looping', () => {
    const packed = packRows([box(500, 10), box(50, 10)], 100, 10);
    expect(packed.offsets).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 20 },
    ]);
  });

  it('packs nothing into nothing', () => {
    expect(packRows([], 100, 10)).toEqual({ offsets: [], width: 0, height: 0 });
  });
});

describe('packColumns', () => {
  it('stacks items and starts a new column after maxRows', () => {
    const packed = packColumns([box(50, 10), box(80, 10), box(50, 10)], 2, 5);
    expect(packed.offsets).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 15 },
      { x: 85, y: 0 },
    ]);
    expect(packed.width).toBe(135);
    expect(packed.height).toBe(25);
  });
});

describe('balancedWidth', () => {
  it('aims at the given aspect ratio but never below the widest item', () => {
    const items = Array.from({ length: 16 }, () => box(90, 90));
    expect(balancedWidth(items, 10, 1)).toBeCloseTo(400);
    expect(balancedWidth([box(300, 10)], 0, 1)).toBe(300);
  });
});
