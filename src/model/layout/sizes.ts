import type { NodeKind } from '../vocabulary';

/**
 * Fixed node sizes per kind: compact chips of two lines of 12 px text, so that the whole navigator fits one
 * screen at a readable size, as the upstream diagram fits one page. Sizes never depend on label text, so
 * switching language redraws labels without moving anything. A group's heading is as wide as its frame.
 */
export const NODE_SIZES: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  threat: { width: 164, height: 32 },
  'threat-group': { width: 200, height: 32 },
  control: { width: 164, height: 32 },
  'control-group': { width: 200, height: 32 },
  'ml-top10': { width: 164, height: 32 },
  'llm-top10': { width: 164, height: 32 },
};

export const SPACING = {
  /** Between neighbouring chips and blocks. */
  gap: 5,
  /** Between a threat (or group) and the column of controls listed next to it. */
  satelliteGap: 10,
  /** Inside a group frame, around its heading and members. */
  framePadding: 5,
  /** Inside a section's region, around its content. */
  bandPadding: 6,
  /** Top part of a section's region that holds its name. */
  bandLabelHeight: 22,
  /** Between two sections' regions. */
  bandGap: 10,
  /** The width : height the whole picture aims for: a landscape screen less the page's header. */
  aspect: 1.7,
} as const;

/** Names are drawn in 12 px at zoom 1, section names in 14 px bold; lines of a name are 1.15 apart. */
export const LABEL_FONT_SIZE = 12;
export const SECTION_FONT_SIZE = 14;
export const LABEL_LINE_HEIGHT = 1.15;

/** Horizontal room a name loses to the shape's edges (the control's pointed ends, rounded corners). */
const TEXT_INSET: Record<NodeKind, number> = {
  threat: 8,
  'threat-group': 10,
  control: 16,
  'control-group': 10,
  'ml-top10': 10,
  'llm-top10': 14,
};

/** The width a node's name may use inside a node of `width`. */
export const labelWidth = (kind: NodeKind, width: number) => Math.max(40, width - TEXT_INSET[kind]);

export function isGroupKind(kind: NodeKind): boolean {
  return kind === 'threat-group' || kind === 'control-group';
}

export function isControlKind(kind: NodeKind): boolean {
  return kind === 'control' || kind === 'control-group';
}

export function isThreatKind(kind: NodeKind): boolean {
  return kind === 'threat' || kind === 'threat-group';
}
