import type { NavNode } from '../../model/schema';

import {
  BORDER_WIDTHS,
  type BorderStyle,
  CANVAS_LOOKS,
  type ColourScheme,
  CONTROL_LOOKS,
  FRAME_LOOKS,
  GOVERNANCE_BORDER_WIDTH,
  NODE_LOOKS,
  type Shape,
} from './palette';

/**
 * How each thing on the canvas looks, as the stylesheet (stylesheet.ts) styles it, for what draws the graph without
 * Cytoscape: the picture shown before the canvas is ready (PictureSvg.tsx). tests/component/picture-looks.test.tsx checks
 * the two agree on every node of the data set.
 */

/** A control is a chip with pointed ends: told from a threat's rounded one without its colour. */
export const CONTROL_POINTS = [-1, 0, -0.92, -1, 0.92, -1, 1, 0, 0.92, 1, -0.92, 1];

export interface ShapeLook {
  shape: Shape;
  fill: string;
  fillOpacity: number;
  border: string;
  borderStyle: BorderStyle;
  borderWidth: number;
}

export interface NodeLook extends ShapeLook {
  text: string;
  bold: boolean;
}

export function nodeLook(node: NavNode): NodeLook {
  const look = NODE_LOOKS[node.kind];
  const type = node.controlType ? CONTROL_LOOKS[node.controlType] : undefined;
  const borderStyle = type?.borderStyle ?? look.borderStyle;
  const typeWidth = type && (borderStyle === 'double' ? BORDER_WIDTHS.double : BORDER_WIDTHS.node);
  return {
    shape: look.shape,
    fill: type?.fill ?? look.fill,
    fillOpacity: 1,
    border: type?.border ?? look.border,
    borderStyle,
    borderWidth: node.governance ? GOVERNANCE_BORDER_WIDTH : (typeWidth ?? look.borderWidth),
    text: look.text,
    bold: node.kind === 'threat-group' || node.kind === 'control-group',
  };
}

export function frameLook(kind: keyof typeof FRAME_LOOKS, scheme: ColourScheme): ShapeLook {
  const frame = CANVAS_LOOKS[scheme].frames[kind];
  const borderStyle = FRAME_LOOKS[kind].borderStyle;
  return {
    shape: 'rectangle',
    fill: frame.fill,
    fillOpacity: frame.opacity,
    border: frame.border,
    borderStyle,
    borderWidth: borderStyle === 'double' ? BORDER_WIDTHS.double : BORDER_WIDTHS.frame,
  };
}

export function bandLook(scheme: ColourScheme): ShapeLook {
  const band = CANVAS_LOOKS[scheme].band;
  return {
    shape: 'rectangle',
    fill: band.fill,
    fillOpacity: 1,
    border: band.border,
    borderStyle: 'dashed',
    borderWidth: BORDER_WIDTHS.band,
  };
}
