export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Top-left offsets of packed items, and the size of the whole. */
export interface Packed {
  offsets: Point[];
  width: number;
  height: number;
}

/** Shelf packing in reading order: left to right, a new row when the next item would pass maxWidth. */
export function packRows(items: readonly Size[], maxWidth: number, gap: number): Packed {
  const offsets: Point[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > maxWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    offsets.push({ x, y });
    width = Math.max(width, x + item.width);
    rowHeight = Math.max(rowHeight, item.height);
    x += item.width + gap;
  }
  return { offsets, width, height: items.length > 0 ? y + rowHeight : 0 };
}

/** Top to bottom, a new column after maxRows items. */
export function packColumns(items: readonly Size[], maxRows: number, gap: number): Packed {
  return stackInColumns(items, gap, (index) => index % maxRows === 0);
}

/** A row width that makes packed items about `aspect` times wider than tall, never narrower than the widest item. */
export function balancedWidth(items: readonly Size[], gap: number, aspect: number): number {
  let area = 0;
  let widest = 0;
  for (const item of items) {
    area += (item.width + gap) * (item.height + gap);
    widest = Math.max(widest, item.width);
  }
  return Math.max(widest, Math.sqrt(area * aspect));
}

/** Top to bottom in reading order, a new column when the next item would pass maxHeight. */
export function flowColumns(items: readonly Size[], maxHeight: number, gap: number): Packed {
  return stackInColumns(items, gap, (_index, y, item) => y > 0 && y + item.height > maxHeight);
}

/** Items stacked top to bottom, starting a new column to the right before each item `newColumn` picks. */
function stackInColumns(
  items: readonly Size[],
  gap: number,
  newColumn: (index: number, y: number, item: Size) => boolean,
): Packed {
  const offsets: Point[] = [];
  let x = 0;
  let y = 0;
  let columnWidth = 0;
  let height = 0;
  items.forEach((item, index) => {
    if (index > 0 && newColumn(index, y, item)) {
      x += columnWidth + gap;
      y = 0;
      columnWidth = 0;
    }
    offsets.push({ x, y });
    height = Math.max(height, y + item.height);
    columnWidth = Math.max(columnWidth, item.width);
    y += item.height + gap;
  });
  return { offsets, width: items.length > 0 ? x + columnWidth : 0, height };
}

/** Above this many items, the flow takes the shelf packing instead of trying every column height. */
const MAX_FLOW_ITEMS = 40;

/**
 * Items in columns, in reading order, with the column height that brings the whole closest to `aspect`
 * (width : height), the smaller area on a tie. The heights tried are those of runs of consecutive items: every
 * distinct way to cut the sequence into columns.
 */
export function bestFlow(items: readonly Size[], gap: number, aspect: number): Packed {
  if (items.length > MAX_FLOW_ITEMS) return packRows(items, balancedWidth(items, gap, aspect), gap);
  const heights = new Set<number>();
  items.forEach((_, start) => {
    let run = -gap;
    for (let end = start; end < items.length; end++) {
      run += (items[end]?.height ?? 0) + gap;
      heights.add(run);
    }
  });
  let best: Packed | undefined;
  let bestScore = Infinity;
  for (const height of [...heights].sort((a, b) => a - b)) {
    const packed = flowColumns(items, height, gap);
    if (packed.height > height) continue;
    const score =
      Math.abs(Math.log(packed.width / packed.height / aspect)) + 1e-9 * packed.width * packed.height;
    if (score < bestScore) {
      best = packed;
      bestScore = score;
    }
  }
  return best ?? flowColumns(items, Infinity, gap);
}

/** Items in balanced columns of at most `maxRows`: ten items in rows of eight make two columns of five. */
export function listColumns(items: readonly Size[], maxRows: number, gap: number): Packed {
  const columns = Math.max(1, Math.ceil(items.length / Math.max(1, maxRows)));
  return packColumns(items, Math.max(1, Math.ceil(items.length / columns)), gap);
}
