import type { NodeKind } from '../vocabulary';

/**
 * Fixed node sizes per kind. Sizes never depend on label text, so switching language
 * redraws labels without moving anything.
 */
export const NODE_SIZES: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  threat: { width: 190, height: 60 },
  'threat-group': { width: 240, height: 44 },
  control: { width: 190, height: 62 },
  'control-group': { width: 240, height: 44 },
  'ml-top10': { width: 160, height: 64 },
  'llm-top10': { width: 160, height: 64 },
};

export const SPACING = {
  /** Between neighbouring blocks in a row and between rows. */
  gap: 24,
  /** Between a node and the column of controls placed next to it. */
  satelliteGap: 56,
  /** Controls stacked in one column before a second column starts. */
  satelliteRows: 8,
  /** Inside a group frame, around its heading and members. */
  framePadding: 12,
  /** Inside a band, around its content. */
  bandPadding: 24,
  /** Left part of a band that holds the section name. */
  bandGutter: 190,
  /** Between two bands. */
  bandGap: 28,
  /** Width a band's content may use before wrapping; grows with the data set. */
  minContentWidth: 1500,
  /** Width : height the content of a band or frame aims for. */
  aspect: 1.6,
} as const;

export function isGroupKind(kind: NodeKind): boolean {
  return kind === 'threat-group' || kind === 'control-group';
}

export function isControlKind(kind: NodeKind): boolean {
  return kind === 'control' || kind === 'control-group';
}

export function isThreatKind(kind: NodeKind): boolean {
  return kind === 'threat' || kind === 'threat-group';
}
