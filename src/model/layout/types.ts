import type { NavEdge, NavNode } from '../schema';
import type { Section } from '../vocabulary';

/** The part of a node the layout reads: it never looks at titles, so the picture is the same in every language. */
export type LayoutNode = Pick<NavNode, 'id' | 'kind' | 'section' | 'order'>;
export type LayoutEdge = Pick<NavEdge, 'kind' | 'source' | 'target'>;

export interface LayoutInput {
  nodes: readonly LayoutNode[];
  edges: readonly LayoutEdge[];
}

/** A rectangle given by its centre, as Cytoscape positions nodes. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphLayout {
  /** Every input node: a leaf node's box, or a group's heading box. */
  nodes: Map<string, Box>;
  /** Group id → the frame drawn around its heading and members. */
  frames: Map<string, Box>;
  /** Section → its region (a band, or a column for the Top 10 lists); only sections that have nodes. */
  bands: Map<Section, Box>;
  /** Section → where its name goes: top-left corner and the width it may wrap to. */
  bandLabels: Map<Section, { x: number; y: number; width: number }>;
  /** Member id → the group whose frame contains it. */
  parents: Map<string, string>;
  /** Control id → the threat or threat group it is placed next to. */
  anchors: Map<string, string>;
}
