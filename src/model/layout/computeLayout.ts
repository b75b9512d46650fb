import { type Section, SECTIONS } from '../vocabulary';

import { bestFlow, listColumns, type Point, type Size } from './pack';
import { isGroupKind, NODE_SIZES, SPACING } from './sizes';
import { buildStructure, type LayoutStructure } from './structure';
import type { GraphLayout, LayoutInput } from './types';

/** Sections drawn as columns at the right of the others, level with their top. */
const SIDE_SECTIONS: readonly Section[] = ['ml-top10', 'llm-top10'];

/** Something with a size that can be put down at a top-left corner. */
interface Block extends Size {
  place(left: number, top: number, out: GraphLayout): void;
}

/**
 * The knobs the picture is tuned with: how many chips a plain list stacks before it starts another column, and
 * the width : height a group aims for when it arranges its members.
 */
interface Knobs {
  listRows: number;
  groupAspect: number;
}

const DEFAULT_KNOBS: Knobs = { listRows: 7, groupAspect: 1.4 };
const LIST_ROWS = [5, 6, 7, 8, 10];
const GROUP_ASPECTS = [0.8, 1.1, 1.4, 1.8, 2.4, 3.2];
/** Above this many nodes the knobs keep their defaults: trying them all would cost seconds. */
const TUNE_LIMIT = 600;

const pitch = NODE_SIZES.threat.height + SPACING.gap;
/** The longest section name (14 px, bold) is about 320 px wide. */
const MIN_SECTION_WIDTH = 340;

function placeAll(blocks: readonly Block[], offsets: readonly Point[]) {
  return (left: number, top: number, out: GraphLayout) => {
    blocks.forEach((block, index) => {
      const offset = offsets[index] ?? { x: 0, y: 0 };
      block.place(left + offset.x, top + offset.y, out);
    });
  };
}

/** A set of blocks packed as `packed` says, as one block. */
function packedBlock(
  blocks: readonly Block[],
  packed: { offsets: Point[]; width: number; height: number },
): Block {
  return { width: packed.width, height: packed.height, place: placeAll(blocks, packed.offsets) };
}

class Builder {
  constructor(
    private readonly structure: LayoutStructure,
    private readonly knobs: Knobs,
  ) {}

  leaf(id: string): Block {
    const node = this.structure.byId.get(id);
    const size = node ? NODE_SIZES[node.kind] : NODE_SIZES.threat;
    return {
      ...size,
      place(left, top, out) {
        out.nodes.set(id, { x: left + size.width / 2, y: top + size.height / 2, ...size });
      },
    };
  }

  /** Plain chips as a list, in columns of at most `listRows`. */
  list(ids: readonly string[]): Block {
    const chips = ids.map((id) => this.leaf(id));
    return packedBlock(chips, listColumns(chips, this.knobs.listRows, SPACING.gap));
  }

  private isPlain(id: string): boolean {
    return !this.structure.members.has(id) && !this.structure.satellites.has(id);
  }

  /**
   * Members in the frame: plain chips as a list, like the navigator's boxes; threats with their controls, and
   * groups, in columns that bring the group near the tuned width : height.
   */
  private body(ids: readonly string[]): Block {
    if (ids.every((id) => this.isPlain(id))) return this.list(ids);
    const blocks = ids.map((id) => this.item(id));
    return packedBlock(blocks, bestFlow(blocks, SPACING.gap, this.knobs.groupAspect));
  }

  /** A frame with the group's heading across its top and its members below. */
  group(id: string): Block {
    const node = this.structure.byId.get(id);
    const heading = node ? NODE_SIZES[node.kind] : NODE_SIZES['threat-group'];
    const { gap, framePadding: pad } = SPACING;
    const memberIds = this.structure.members.get(id) ?? [];
    const body = memberIds.length > 0 ? this.body(memberIds) : undefined;
    const inner = Math.max(heading.width, body?.width ?? 0);
    const width = inner + 2 * pad;
    const height = pad + heading.height + (body ? gap + body.height : 0) + pad;
    return {
      width,
      height,
      place(left, top, out) {
        out.frames.set(id, { x: left + width / 2, y: top + height / 2, width, height });
        out.nodes.set(id, {
          x: left + width / 2,
          y: top + pad + heading.height / 2,
          width: inner,
          height: heading.height,
        });
        // A list narrower than the heading stands in the middle of the frame.
        body?.place(left + pad + (inner - body.width) / 2, top + pad + heading.height + gap, out);
      },
    };
  }

  /** A threat or group, with the controls placed next to it listed on its right, level with its top. */
  item(id: string): Block {
    const node = this.structure.byId.get(id);
    const base = node && isGroupKind(node.kind) ? this.group(id) : this.leaf(id);
    const satelliteIds = this.structure.satellites.get(id) ?? [];
    if (satelliteIds.length === 0) return base;
    // One column as long as a list may be; longer, as many rows as the base is tall, in two columns at most.
    const rows = Math.max(
      this.knobs.listRows,
      Math.floor((base.height + SPACING.gap) / pitch),
      Math.ceil(satelliteIds.length / 2),
    );
    const chips = satelliteIds.map((satellite) => this.item(satellite));
    const column = packedBlock(chips, listColumns(chips, rows, SPACING.gap));
    const width = base.width + SPACING.satelliteGap + column.width;
    return {
      width,
      height: Math.max(base.height, column.height),
      place(left, top, out) {
        base.place(left, top, out);
        column.place(left + base.width + SPACING.satelliteGap, top, out);
      },
    };
  }

  /** A section's region: its name on top, then its loose controls and its top-level items. */
  section(section: Section, rows?: number): Block | undefined {
    const key = `${section}:${rows ?? ''}`;
    if (!this.sections.has(key)) this.sections.set(key, this.buildSection(section, rows));
    return this.sections.get(key);
  }

  private readonly sections = new Map<string, Block | undefined>();

  private buildSection(section: Section, rows?: number): Block | undefined {
    const loose = this.structure.looseControls.get(section) ?? [];
    const roots = this.structure.roots.get(section) ?? [];
    if (loose.length + roots.length === 0) return undefined;
    let content: Block;
    if (rows !== undefined) {
      // A Top 10 list: one column per `rows` items.
      const chips = [...loose, ...roots].map((id) => this.leaf(id));
      content = packedBlock(chips, listColumns(chips, rows, SPACING.gap));
    } else {
      const blocks = [...(loose.length > 0 ? [this.list(loose)] : []), ...roots.map((id) => this.item(id))];
      content =
        blocks.length === 1 && blocks[0]
          ? blocks[0]
          : packedBlock(blocks, bestFlow(blocks, SPACING.gap, this.knobs.groupAspect));
    }
    const { bandPadding: pad, bandLabelHeight: label } = SPACING;
    // Room for the section's name on one line, however little of it a filter leaves.
    const width = Math.max(content.width + 2 * pad, rows === undefined ? MIN_SECTION_WIDTH : 0);
    const height = label + content.height + 2 * pad;
    return {
      width,
      height,
      place(left, top, out) {
        out.bands.set(section, { x: left + width / 2, y: top + height / 2, width, height });
        out.bandLabels.set(section, { x: left + pad, y: top + pad, width: width - 2 * pad });
        content.place(left + pad, top + pad + label, out);
      },
    };
  }
}

/** One arrangement of the whole picture, and its size. */
interface Candidate extends Size {
  place(out: GraphLayout): void;
}

/** How large the picture can be drawn on a screen of the target width : height (bigger is better). */
const scaleOf = (size: Size) =>
  Math.min((SPACING.aspect * 1000) / Math.max(size.width, 1), 1000 / Math.max(size.height, 1));

/** The ways a section can be drawn: one per set of knobs, without those both wider and taller than another. */
function sectionChoices(builders: readonly Builder[], section: Section): Block[] {
  const blocks = builders.flatMap((builder) => builder.section(section) ?? []);
  return blocks.filter(
    (block, index) =>
      !blocks.some(
        (other, at) =>
          other.width <= block.width &&
          other.height <= block.height &&
          (other.width < block.width || other.height < block.height || at < index),
      ),
  );
}

/** Rows a Top 10 list may be drawn in: one column, two or three. */
const SIDE_ROWS = [10, 5, 4];
/** The drawings of a section kept for the search: the widest-and-shortest to the narrowest-and-tallest. */
const MAX_CHOICES = 8;

/** At most `count` items spread evenly over `list`, its first and last kept. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.round((i * (list.length - 1)) / (count - 1))]!);
}

/**
 * The sections in reading order, one drawing each, cut into rows: of every choice of drawings and every way to cut
 * the sequence, the picture that can be drawn largest on the target screen. Worked out on sizes only; the
 * winner alone is placed.
 */
function bestArrangement(structure: LayoutStructure, tune: boolean): Candidate {
  const knobsToTry = tune
    ? LIST_ROWS.flatMap((listRows) => GROUP_ASPECTS.map((groupAspect) => ({ listRows, groupAspect })))
    : [DEFAULT_KNOBS];
  const builders = knobsToTry.map((knobs) => new Builder(structure, knobs));
  const [first] = builders;
  const choices = SECTIONS.map((section) =>
    SIDE_SECTIONS.includes(section)
      ? SIDE_ROWS.flatMap((rows) => first?.section(section, rows) ?? [])
      : spread(
          sectionChoices(builders, section).sort((a, b) => a.height - b.height),
          MAX_CHOICES,
        ),
  ).filter((list) => list.length > 0);
  const count = choices.length;
  if (count === 0) return { width: 0, height: 0, place: () => {} };
  const { bandGap } = SPACING;
  const picked = new Array<number>(count).fill(0);
  let best = { scale: -Infinity, area: Infinity, picked: [...picked], cuts: 0 };
  // Every choice of drawings, as an odometer over the sections' choices…
  for (;;) {
    // …and every way to cut the sequence into rows: bit i of `cuts` starts a new row before section i + 1.
    for (let cuts = 0; cuts < 1 << (count - 1); cuts++) {
      let width = 0;
      let height = 0;
      let rowWidth = 0;
      let rowHeight = 0;
      for (let i = 0; i < count; i++) {
        const block = choices[i]![picked[i]!]!;
        rowWidth += (rowWidth > 0 ? bandGap : 0) + block.width;
        rowHeight = Math.max(rowHeight, block.height);
        if (i === count - 1 || cuts & (1 << i)) {
          width = Math.max(width, rowWidth);
          height += (height > 0 ? bandGap : 0) + rowHeight;
          rowWidth = 0;
          rowHeight = 0;
        }
      }
      const scale = scaleOf({ width, height });
      const area = width * height;
      // The larger drawing wins; between equals, the smaller picture.
      if (scale > best.scale + 1e-9 || (Math.abs(scale - best.scale) <= 1e-9 && area < best.area))
        best = { scale, area, picked: [...picked], cuts };
    }
    let digit = 0;
    while (digit < count && ++picked[digit]! >= choices[digit]!.length) picked[digit++] = 0;
    if (digit === count) break;
  }
  return placeRows(
    best.picked.map((choice, i) => choices[i]![choice]!),
    best.cuts,
  );
}

/** The blocks in rows cut where `cuts` says, each row under the one before, top-aligned. */
function placeRows(blocks: readonly Block[], cuts: number): Candidate {
  const { bandGap } = SPACING;
  const offsets: Point[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  blocks.forEach((block, i) => {
    offsets.push({ x, y });
    x += block.width + bandGap;
    rowHeight = Math.max(rowHeight, block.height);
    width = Math.max(width, x - bandGap);
    if (cuts & (1 << i)) {
      y += rowHeight + bandGap;
      x = 0;
      rowHeight = 0;
    }
  });
  return { width, height: y + rowHeight, place: (out) => placeAll(blocks, offsets)(0, 0, out) };
}

/**
 * Places every node, deterministically, from the structure alone: each section of the navigator as a region
 * with its name on top, sections in reading order side by side while they fit, the Top 10 lists as columns at
 * their right; groups as frames with their heading across the top and their members below, controls listed
 * next to what they mitigate. Of the arrangements tried, the one that can be drawn largest on a landscape
 * screen wins, so a filtered subset closes up into a small picture of its own.
 */
export function computeLayout(input: LayoutInput): GraphLayout {
  const structure = buildStructure(input);
  const out: GraphLayout = {
    nodes: new Map(),
    frames: new Map(),
    bands: new Map(),
    bandLabels: new Map(),
    parents: new Map(structure.parents),
    anchors: new Map(structure.anchors),
  };
  bestArrangement(structure, structure.byId.size <= TUNE_LIMIT).place(out);
  return out;
}
