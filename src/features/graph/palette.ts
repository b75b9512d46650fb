import type { ControlType, Language, NodeKind } from '../../model/vocabulary';

/**
 * Colours and line styles of the graph, shared by the Cytoscape stylesheet and the HTML legend
 * so the two cannot drift apart. Every colour comes with a second signal (shape, border or line style).
 */

export const CANVAS_BACKGROUND = '#eef2f6';
export const INK = '#10202f';

export type BorderStyle = 'solid' | 'dashed' | 'dotted' | 'double';
/** `hexagon` is drawn as a chip with pointed ends (stylesheet.ts); `barrel` bulges at its sides. */
export type Shape = 'round-rectangle' | 'rectangle' | 'hexagon' | 'barrel' | 'cut-rectangle';

export interface NodeLook {
  shape: Shape;
  fill: string;
  text: string;
  border: string;
  borderStyle: BorderStyle;
  borderWidth: number;
}

export const NODE_LOOKS: Record<NodeKind, NodeLook> = {
  threat: {
    shape: 'round-rectangle',
    fill: '#23507d',
    text: '#ffffff',
    border: '#0f2a44',
    borderStyle: 'solid',
    borderWidth: 2,
  },
  'threat-group': {
    shape: 'rectangle',
    fill: '#14263b',
    text: '#ffffff',
    border: '#14263b',
    borderStyle: 'solid',
    borderWidth: 2,
  },
  control: {
    shape: 'hexagon',
    fill: '#e4e7eb',
    text: INK,
    border: '#55606b',
    borderStyle: 'solid',
    borderWidth: 2,
  },
  'control-group': {
    shape: 'rectangle',
    fill: '#24564a',
    text: '#ffffff',
    border: '#24564a',
    borderStyle: 'double',
    borderWidth: 4,
  },
  'ml-top10': {
    shape: 'barrel',
    fill: '#e6dcf8',
    text: INK,
    border: '#5b3ea6',
    borderStyle: 'solid',
    borderWidth: 2,
  },
  'llm-top10': {
    shape: 'cut-rectangle',
    fill: '#f8d8e6',
    text: INK,
    border: '#9c2c61',
    borderStyle: 'solid',
    borderWidth: 2,
  },
};

/** Control colours of the navigator legend; the border style repeats the type without colour. */
export const CONTROL_LOOKS: Record<ControlType, Pick<NodeLook, 'fill' | 'border' | 'borderStyle'>> = {
  'standard-infosec': { fill: '#9ee0a8', border: '#1d6b30', borderStyle: 'solid' },
  'runtime-ai-engineer': { fill: '#f9ae6b', border: '#8a4300', borderStyle: 'double' },
  'development-time-ai-engineer': { fill: '#f6e27a', border: '#7a6200', borderStyle: 'dashed' },
  other: { fill: '#e4e7eb', border: '#55606b', borderStyle: 'dotted' },
};

/** Governance controls get a heavier border (and a text mark under the name). */
export const GOVERNANCE_BORDER_WIDTH = 5;

/** Border widths of nodes, group frames and section regions; a double border is drawn wider. */
export const BORDER_WIDTHS: Readonly<Record<'double' | 'node' | 'frame' | 'band', number>> = {
  double: 4,
  node: 2,
  frame: 1.5,
  band: 1,
};

/** How Cytoscape dashes a border (its defaults), for whatever else draws the graph. */
export const DASH_PATTERNS = { dashed: [4, 2], dotted: [1, 1] } as const;

/** Group frames: the area a group's members sit in. */
export const FRAME_LOOKS = {
  'threat-group': { fill: '#14263b', opacity: 0.07, border: '#14263b', borderStyle: 'solid' as BorderStyle },
  'control-group': {
    fill: '#24564a',
    opacity: 0.08,
    border: '#24564a',
    borderStyle: 'double' as BorderStyle,
  },
};

export const BAND_LOOK = { fill: '#fbfcfe', border: '#8d9db0', text: '#14263b' };

export interface EdgeLook {
  colour: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  arrow: 'triangle' | 'diamond' | 'none';
  arrowFill: 'filled' | 'hollow';
}

export const EDGE_LOOKS = {
  mitigates: { colour: '#2f4a63', lineStyle: 'solid', arrow: 'triangle', arrowFill: 'filled' },
  'part-of': { colour: '#5d6b7a', lineStyle: 'dotted', arrow: 'diamond', arrowFill: 'hollow' },
  'maps-to': { colour: '#7a2fb3', lineStyle: 'dashed', arrow: 'triangle', arrowFill: 'hollow' },
} as const satisfies Record<string, EdgeLook>;

export const SELECTED_OUTLINE = '#c2185b';
export const FOCUS_OUTLINE = '#1d4ed8';
export const MATCH_UNDERLAY = '#fbbf24';

export type ColourScheme = 'light' | 'dark';

/**
 * What the canvas draws around the nodes, for a light and a dark page (`prefers-color-scheme`). Nodes keep their
 * colours in both: each label contrasts with its own node's fill. Band names are drawn on the band's fill.
 */
export interface CanvasLook {
  background: string;
  band: { fill: string; border: string; text: string };
  frames: Record<keyof typeof FRAME_LOOKS, { fill: string; opacity: number; border: string }>;
  edges: Record<keyof typeof EDGE_LOOKS, string>;
  selected: string;
  focus: string;
}

export const CANVAS_LOOKS: Record<ColourScheme, CanvasLook> = {
  light: {
    background: CANVAS_BACKGROUND,
    band: BAND_LOOK,
    frames: FRAME_LOOKS,
    edges: {
      mitigates: EDGE_LOOKS.mitigates.colour,
      'part-of': EDGE_LOOKS['part-of'].colour,
      'maps-to': EDGE_LOOKS['maps-to'].colour,
    },
    selected: SELECTED_OUTLINE,
    focus: FOCUS_OUTLINE,
  },
  dark: {
    background: '#0e141b',
    band: { fill: '#161e28', border: '#4a5a6e', text: '#e7edf4' },
    frames: {
      'threat-group': { fill: '#a8c7ea', opacity: 0.08, border: '#6f8fb3' },
      'control-group': { fill: '#7fd1b9', opacity: 0.08, border: '#5fae97' },
    },
    edges: { mitigates: '#9fb6cc', 'part-of': '#8d9aa8', 'maps-to': '#c59cf0' },
    selected: '#ff6fa8',
    focus: '#ff9d57',
  },
};

/**
 * System font stacks, so nothing is fetched: in English the system's own face (a CJK font as the first choice
 * costs its loading and slower text measuring on every label), in Japanese a Japanese face first so kana and kanji
 * match, with the system's fallback for anything else. Kept short: Cytoscape hashes every character of the stack
 * for every element whose style changes.
 */
export const FONT_FAMILY: Record<Language, string> = {
  en: 'system-ui, sans-serif',
  ja: '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif',
};
