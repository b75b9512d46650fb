import { type Section, SECTIONS } from '../vocabulary';

import { balancedWidth, packColumns, packRows, type Size } from './pack';
import { isGroupKind, NODE_SIZES, SPACING } from './sizes';
import { buildStructure, type LayoutStructure } from './structure';
import type { Box, GraphLayout, LayoutInput } from './types';

/** Sections drawn as columns to the right of the stacked bands, next to the threats they map to. */
const SIDE_SECTIONS: readonly Section[] = ['ml-top10', 'llm-top10'];
/** Room above a side column's items for its name. */
const COLUMN_HEADER = 64;
const MIN_BAND_HEIGHT = 96;

/** Something with a size that can be put down at a top-left corner. */
interface Block extends Size {
  place(left: number, top: number, out: GraphLayout): void;
}

function leafBlock(id: string, structure: LayoutStructure): Block {
  const node = structure.byId.get(id);
  const size = node ? NODE_SIZES[node.kind] : NODE_SIZES.threat;
  return {
    ...size,
    place(left, top, out) {
      out.nodes.set(id, { x: left + size.width / 2, y: top + size.height / 2, ...size });
    },
  };
}

function placeAll(blocks: readonly Block[], offsets: readonly { x: number; y: number }[]) {
  return (left: number, top: number, out: GraphLayout) => {
    blocks.forEach((block, index) => {
      const offset = offsets[index] ?? { x: 0, y: 0 };
      block.place(left + offset.x, top + offset.y, out);
    });
  };
}

/**
 * A frame with the group's heading on top and its members packed below. A group of groups (or of
 * threats with their controls) spreads its members side by side across the available width, like
 * the navigator's columns; a group of single items packs them into a compact block.
 */
function groupBlock(id: string, structure: LayoutStructure, available: number): Block {
  const node = structure.byId.get(id);
  const heading = node ? NODE_SIZES[node.kind] : NODE_SIZES['threat-group'];
  const { gap, framePadding: pad, aspect } = SPACING;
  const memberIds = structure.members.get(id) ?? [];
  const inner = available - 2 * pad;
  const children = memberIds.map((member) => itemBlock(member, structure, inner));
  const spread = memberIds.some(
    (member) => structure.members.has(member) || structure.satellites.has(member),
  );
  const packed = packRows(children, spread ? inner : balancedWidth(children, gap, aspect), gap);
  const used = Math.max(heading.width, packed.width);
  const body = children.length > 0 ? pad + packed.height : 0;
  const width = used + 2 * pad;
  const height = pad + heading.height + body + pad;
  const placeChildren = placeAll(children, packed.offsets);
  return {
    width,
    height,
    place(left, top, out) {
      out.frames.set(id, { x: left + width / 2, y: top + height / 2, width, height });
      out.nodes.set(id, {
        x: left + width / 2,
        y: top + pad + heading.height / 2,
        width: used,
        height: heading.height,
      });
      placeChildren(left + pad + (used - packed.width) / 2, top + pad + heading.height + pad, out);
    },
  };
}

/** A threat or group, with the controls placed next to it in columns on its right. */
function itemBlock(id: string, structure: LayoutStructure, available: number): Block {
  const node = structure.byId.get(id);
  const { gap, satelliteGap, satelliteRows } = SPACING;
  const satellites = (structure.satellites.get(id) ?? []).map((satellite) =>
    itemBlock(satellite, structure, available),
  );
  const column = packColumns(satellites, satelliteRows, gap);
  const rest = satellites.length > 0 ? available - satelliteGap - column.width : available;
  const base = node && isGroupKind(node.kind) ? groupBlock(id, structure, rest) : leafBlock(id, structure);
  if (satellites.length === 0) return base;

  const width = base.width + satelliteGap + column.width;
  const height = Math.max(base.height, column.height);
  // A single node is centred on its controls so the arrows fan out evenly; a frame keeps its top edge.
  const baseTop = node && isGroupKind(node.kind) ? 0 : (height - base.height) / 2;
  const placeSatellites = placeAll(satellites, column.offsets);
  return {
    width,
    height,
    place(left, top, out) {
      base.place(left, top + baseTop, out);
      placeSatellites(left + base.width + satelliteGap, top, out);
    },
  };
}

function sectionBlocks(section: Section, structure: LayoutStructure, available: number): Block[] {
  const blocks: Block[] = [];
  const loose = (structure.looseControls.get(section) ?? []).map((id) => leafBlock(id, structure));
  if (loose.length > 0) {
    const column = packColumns(loose, SPACING.satelliteRows, SPACING.gap);
    blocks.push({ width: column.width, height: column.height, place: placeAll(loose, column.offsets) });
  }
  for (const id of structure.roots.get(section) ?? []) blocks.push(itemBlock(id, structure, available));
  return blocks;
}

/**
 * The items of a list grouped by number: the editions of the LLM Top 10 (`LLM08:2026`, `LLM08:2025`…) share a place,
 * since the graph shows one edition at a time. Other ids have a place each.
 */
function editionSlots(ids: readonly string[]): string[][] {
  const slots = new Map<string, string[]>();
  for (const id of ids) {
    const slot = id.replace(/:\d{4}$/, '');
    slots.set(slot, [...(slots.get(slot) ?? []), id]);
  }
  return [...slots.values()];
}

/** Blocks put down at the same place; as large as the largest. */
function stackedBlock(blocks: readonly Block[]): Block {
  return {
    width: Math.max(...blocks.map((block) => block.width)),
    height: Math.max(...blocks.map((block) => block.height)),
    place: (left, top, out) => blocks.forEach((block) => block.place(left, top, out)),
  };
}

/** Top 10 lists as columns right of the bands, starting level with the first threat band. */
function placeSideColumns(
  structure: LayoutStructure,
  out: GraphLayout,
  left: number,
  beside: Box | undefined,
) {
  const { gap, bandPadding: pad, bandGap } = SPACING;
  const top = beside ? beside.y - beside.height / 2 : 0;
  const bandsBottom = Math.max(0, ...[...out.bands.values()].map((band) => band.y + band.height / 2));
  const room = Math.max(bandsBottom - top - COLUMN_HEADER - 2 * pad, 0);
  let x = left;
  for (const section of SIDE_SECTIONS) {
    const items = editionSlots([
      ...(structure.looseControls.get(section) ?? []),
      ...(structure.roots.get(section) ?? []),
    ]).map((ids) => stackedBlock(ids.map((id) => itemBlock(id, structure, Infinity))));
    if (items.length === 0) continue;
    const rowHeight = Math.max(...items.map((item) => item.height)) + gap;
    const rows = Math.max(10, Math.floor((room + gap) / rowHeight));
    const packed = packColumns(items, rows, gap);
    const width = packed.width + 2 * pad;
    const height = COLUMN_HEADER + packed.height + 2 * pad;
    out.bands.set(section, { x: x + width / 2, y: top + height / 2, width, height });
    out.bandLabels.set(section, { x: x + pad, y: top + pad, width: width - 2 * pad });
    placeAll(items, packed.offsets)(x + pad, top + pad + COLUMN_HEADER, out);
    x += width + bandGap;
  }
}

/**
 * Places every node, deterministically, from the structure alone: the navigator's sections as
 * bands stacked in its order, the Top 10 lists as columns beside them, groups as frames around
 * their members, controls in columns next to what they mitigate, everything in reading order.
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
  const { gap, bandPadding: pad, bandGutter, bandGap, minContentWidth, aspect } = SPACING;

  // Room for every node plus its share of gaps, frames and control columns.
  const nodeSizes = [...structure.byId.values()].map((node) => NODE_SIZES[node.kind]);
  const maxWidth = Math.max(minContentWidth, balancedWidth(nodeSizes, gap, aspect) * 1.25);
  const sections = SECTIONS.filter((section) => !SIDE_SECTIONS.includes(section))
    .map((section) => ({
      section,
      blocks: sectionBlocks(section, structure, maxWidth),
    }))
    .filter((entry) => entry.blocks.length > 0);
  const packedSections = sections.map((entry) => ({
    ...entry,
    packed: packRows(entry.blocks, maxWidth, gap),
  }));
  const contentWidth = Math.max(0, ...packedSections.map((entry) => entry.packed.width));
  const bandWidth = bandGutter + contentWidth + 2 * pad;

  let top = 0;
  for (const { section, blocks, packed } of packedSections) {
    const height = Math.max(packed.height + 2 * pad, MIN_BAND_HEIGHT);
    const band = { x: bandWidth / 2, y: top + height / 2, width: bandWidth, height };
    out.bands.set(section, band);
    out.bandLabels.set(section, { x: pad, y: top + pad, width: bandGutter - 2 * pad });
    placeAll(blocks, packed.offsets)(bandGutter + pad, top + pad, out);
    top += height + bandGap;
  }
  placeSideColumns(
    structure,
    out,
    bandWidth + bandGap,
    out.bands.get('input-threats') ?? [...out.bands.values()][0],
  );
  return out;
}
