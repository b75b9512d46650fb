import type { NodeSingular, StylesheetJson } from 'cytoscape';

import {
  isGroupKind,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  labelWidth,
  NODE_SIZES,
  SECTION_FONT_SIZE,
} from '../../model/layout/sizes';
import type { GraphRelations } from '../../model/viewState';
import { CONTROL_TYPES, EDGE_KINDS, type Language, NODE_KINDS, type NodeKind } from '../../model/vocabulary';

import { CONTROL_POINTS } from './looks';
import { overlayStylesheet } from './overlayStylesheet';
import {
  BORDER_WIDTHS,
  CANVAS_LOOKS,
  type ColourScheme,
  CONTROL_LOOKS,
  EDGE_LOOKS,
  FONT_FAMILY,
  FRAME_LOOKS,
  GOVERNANCE_BORDER_WIDTH,
  MATCH_UNDERLAY,
  NODE_LOOKS,
  type Shape,
} from './palette';

/** Labels below this on-screen size are not drawn, so a zoomed-out graph stays calm. */
const MIN_ZOOMED_FONT_SIZE = 7;

/** Draw order: bands, then frames (outer first), then edges, then nodes. */
const Z = { band: 0, frame: 1, edge: 10, node: 20, raised: 30 };

/**
 * A value from the element's data. Written as a function, not as `data(field)`: when an element's classes change,
 * Cytoscape re-applies every `data(…)` mapping of it but skips a function whose value is unchanged, and a filter
 * change restyles thousands of elements.
 */
const fromData =
  <T extends string | number>(field: string) =>
  (element: NodeSingular): T =>
    element.data(field) as T;

/** A width from the element's data, where Cytoscape wants a length with its unit. */
const pixelsFromData = (field: string) => (element: NodeSingular) => `${element.data(field) as number}px`;

/** Bands, frames and group headings take the size of their box in the layout. */
const SIZE_FROM_DATA = { width: fromData<number>('w'), height: fromData<number>('h') };

function shapeStyle(shape: Shape) {
  return shape === 'hexagon'
    ? { shape: 'polygon' as const, 'shape-polygon-points': CONTROL_POINTS }
    : { shape };
}

/** Other nodes have the size of their kind (`nodeSizeData` in elements.ts). */
function nodeSize(kind: NodeKind) {
  if (isGroupKind(kind)) return { ...SIZE_FROM_DATA, 'text-max-width': pixelsFromData('tw') };
  const { width, height } = NODE_SIZES[kind];
  return { width, height, 'text-max-width': labelWidth(kind, width) };
}

/** What the look depends on besides the elements' classes. */
export interface LookOptions {
  /** Thousands of elements: no re-sorting by z-index. */
  large?: boolean;
  scheme?: ColourScheme;
  /** The fonts follow the language. */
  language?: Language;
  relations?: GraphRelations;
  /**
   * Whether any node carries an overlay mark (role, scope, layer). Cytoscape matches every rule against each
   * element a filter change restyles, so the fifteen rules of the marks are left out while nothing is marked:
   * 7 % off a filter change of a 5,000-node catalogue in an A/B.
   */
  marked?: boolean;
}

/**
 * The whole look of the graph. Elements are shown or hidden, dimmed or emphasised only through classes styled here.
 */
export function graphStylesheet({
  large = false,
  scheme = 'light',
  language = 'en',
  relations = 'focus',
  marked = false,
}: LookOptions = {}): StylesheetJson {
  const canvas = CANVAS_LOOKS[scheme];
  return [
    {
      selector: 'node',
      style: {
        'font-family': FONT_FAMILY[language],
        'font-size': LABEL_FONT_SIZE,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index-compare': 'manual',
        'z-index': Z.node,
      },
    },
    {
      selector: 'node.item',
      style: { label: fromData<string>('label'), 'line-height': LABEL_LINE_HEIGHT },
    },
    ...NODE_KINDS.map((kind) => {
      const look = NODE_LOOKS[kind];
      return {
        selector: `node.${kind}`,
        style: {
          ...nodeSize(kind),
          ...shapeStyle(look.shape),
          'background-color': look.fill,
          color: look.text,
          'border-color': look.border,
          'border-style': look.borderStyle,
          'border-width': look.borderWidth,
        },
      };
    }),
    {
      selector: 'node.threat-group, node.control-group',
      style: { 'font-weight': 'bold' },
    },
    ...CONTROL_TYPES.map((type) => ({
      selector: `node.ct-${type}`,
      style: {
        'background-color': CONTROL_LOOKS[type].fill,
        'border-color': CONTROL_LOOKS[type].border,
        'border-style': CONTROL_LOOKS[type].borderStyle,
        'border-width':
          CONTROL_LOOKS[type].borderStyle === 'double' ? BORDER_WIDTHS.double : BORDER_WIDTHS.node,
      },
    })),
    { selector: 'node.governance', style: { 'border-width': GOVERNANCE_BORDER_WIDTH } },
    {
      selector: 'node.band',
      style: {
        ...SIZE_FROM_DATA,
        shape: 'rectangle',
        'background-color': canvas.band.fill,
        'border-color': canvas.band.border,
        'border-width': BORDER_WIDTHS.band,
        'border-style': 'dashed',
        events: 'no',
        'z-compound-depth': 'bottom',
        'z-index': Z.band,
      },
    },
    {
      selector: 'node.band-label',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        label: fromData<string>('label'),
        color: canvas.band.text,
        'font-size': SECTION_FONT_SIZE,
        'font-weight': 'bold',
        'min-zoomed-font-size': 4,
        'text-max-width': pixelsFromData('labelWidth'),
        'text-halign': 'right',
        'text-valign': 'bottom',
        'text-justification': 'left',
        events: 'no',
      },
    },
    ...(['threat-group', 'control-group'] as const).map((kind) => ({
      selector: `node.frame-${kind}`,
      style: {
        ...SIZE_FROM_DATA,
        shape: 'rectangle' as const,
        'background-color': canvas.frames[kind].fill,
        'background-opacity': canvas.frames[kind].opacity,
        'border-color': canvas.frames[kind].border,
        'border-style': FRAME_LOOKS[kind].borderStyle,
        'border-width':
          FRAME_LOOKS[kind].borderStyle === 'double' ? BORDER_WIDTHS.double : BORDER_WIDTHS.frame,
        events: 'no' as const,
        'z-compound-depth': 'bottom' as const,
        'z-index': Z.frame,
      },
    })),
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        width: 1.5,
        opacity: 0.55,
        'arrow-scale': 0.9,
        'z-index-compare': 'manual',
        'z-index': Z.edge,
      },
    },
    ...EDGE_KINDS.map((kind) => {
      const look = EDGE_LOOKS[kind];
      return {
        selector: `edge.${kind}`,
        style: {
          'line-color': canvas.edges[kind],
          'line-style': look.lineStyle,
          'target-arrow-color': canvas.edges[kind],
          'target-arrow-shape': look.arrow,
          'target-arrow-fill': look.arrowFill,
        },
      };
    }),
    { selector: 'edge.far', style: { opacity: 0.15 } },
    // Lines on demand: those of the hovered, focused or selected node, unless all are asked for. Large graphs keep
    // only those on the canvas already (largeGraph.ts).
    ...(relations === 'all' || large ? [] : [{ selector: 'edge', style: { display: 'none' as const } }]),
    // Neighbourhood of the hovered or focused node.
    { selector: 'node.dimmed', style: { opacity: 0.3 } },
    { selector: 'edge.dimmed', style: { opacity: 0.07 } },
    // Raising z-index re-sorts every element: skipped on very large graphs.
    {
      selector: 'edge.hood',
      style: { display: 'element', opacity: 1, width: 2.5, ...(large ? {} : { 'z-index': Z.raised }) },
    },
    // Membership is already shown by the frame around the member.
    { selector: '.contained', style: { display: 'none' } },
    ...(large ? [] : [{ selector: 'node.hood', style: { 'z-index': Z.raised } }]),
    ...(marked ? overlayStylesheet() : []),
    {
      selector: 'node.match',
      style: { 'underlay-color': MATCH_UNDERLAY, 'underlay-opacity': 0.75, 'underlay-padding': 9 },
    },
    {
      selector: 'node.focused',
      style: {
        'outline-color': canvas.focus,
        'outline-width': 3,
        'outline-style': 'dashed',
        'outline-offset': 4,
        'z-index': Z.raised,
      },
    },
    {
      selector: 'node.selected',
      style: {
        'outline-color': canvas.selected,
        'outline-width': 5,
        'outline-style': 'solid',
        'outline-offset': 3,
        'z-index': Z.raised,
      },
    },
    // Last, so nothing above can show a filtered-out element again. Hidden, not removed from the layout
    // (`display: none`): elements keep their place, so a filter change restyles only what changes and nothing
    // is re-measured or re-sorted, which halves the cost on large graphs. Hidden elements take no pointer events
    // already: one property, not two, to apply and check on every element a filter change hides or shows.
    { selector: '.hidden', style: { visibility: 'hidden' } },
    // While a picture of the whole graph is made, hidden elements must not widen it.
    { selector: '.hidden.exporting', style: { display: 'none' } },
  ];
}
