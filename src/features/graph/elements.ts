import type { ElementDefinition } from 'cytoscape';

import { edgeId } from '../../model/edges';
import type { GraphPicture } from '../../model/graphPicture';
import { labelLines } from '../../model/labelLines';
import {
  isGroupKind,
  LABEL_FONT_SIZE,
  labelWidth,
  NODE_SIZES,
  SECTION_FONT_SIZE,
} from '../../model/layout/sizes';
import type { Box } from '../../model/layout/types';
import type { CoreDataset, NavNode } from '../../model/schema';
import { type Language, type NodeKind, type Section, SECTIONS } from '../../model/vocabulary';

import type { GraphLabels } from './GraphLabels';
import { withLineBreaks } from './lineBreaks';

/**
 * Turns the data set and its picture into Cytoscape element definitions. Data nodes keep their own ids;
 * decoration gets ids with a colon, which data ids can never contain. Every node exists from the start, so a
 * filter change only shows, hides and moves; what the picture does not draw carries the `hidden` class. Edges are
 * defined here too, but come onto the canvas only when drawn (linesOnDemand.ts).
 */

export const bandId = (section: Section) => `band:${section}`;
export const bandLabelId = (section: Section) => `band-label:${section}`;
export const frameId = (group: string) => `frame:${group}`;

/** A bracketed English name after a Japanese one: the canvas shows the Japanese, the details panel both. */
const TRAILING_ENGLISH = /\s*[（(][\x20-\x7e]+[）)]$/u;

/** The name a node shows on the canvas, in `language`. */
export function canvasTitle(node: NavNode, language: Language): string {
  const title = node.title[language];
  return language === 'ja' ? title.replace(TRAILING_ENGLISH, '') || title : title;
}

/**
 * The name a node shows, in `language`, broken into the lines it is drawn in (`labelLines`) inside a node `width`
 * wide (a group's heading is as wide as its frame; other nodes have their kind's width).
 */
export function nodeLabel(
  node: NavNode,
  language: Language,
  labels: GraphLabels,
  width: number = NODE_SIZES[node.kind].width,
  folded?: number,
): string {
  const font = { language, bold: isGroupKind(node.kind), size: LABEL_FONT_SIZE };
  return labelLines(
    withLineBreaks(plainLabel(node, language, labels, folded)),
    labelWidth(node.kind, width),
    font,
  ).join('\n');
}

/** A section's name, broken into lines `width` wide. */
export function sectionLabel(name: string, language: Language, width: number): string {
  return labelLines(withLineBreaks(name), width, { language, bold: true, size: SECTION_FONT_SIZE }).join(
    '\n',
  );
}

function plainLabel(node: NavNode, language: Language, labels: GraphLabels, folded?: number): string {
  const title = canvasTitle(node, language);
  if (folded !== undefined) return labels.folded(title, folded);
  switch (node.kind) {
    case 'control':
      return node.governance ? `${title}\n${labels.governance}` : title;
    case 'ml-top10':
      return title.startsWith(node.id) ? title : `${node.id} ${title}`;
    case 'llm-top10':
      // One edition is drawn at a time and its heading names it, so the number alone reads right and keeps
      // the chip to two lines ("LLM06 Unbounded Consumption", not "LLM06:2026 Unbounded Consumption").
      return `${node.id.replace(/:\d{4}$/, '')} ${title}`;
    default:
      return title;
  }
}

export function nodeClasses(node: NavNode): string[] {
  const classes = ['item', node.kind];
  if (node.controlType) classes.push(`ct-${node.controlType}`);
  if (node.governance) classes.push('governance');
  return classes;
}

/** Lines longer than this cross the picture; they are drawn faint until their node is emphasised. */
export const FAR_EDGE = 650;

export function isFar(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) > FAR_EDGE;
}

/** An edge's classes in a picture: `link` and its kind, and hidden, far, or drawn already by a frame. */
export function edgeClassesIn(
  picture: GraphPicture,
  edge: { id: string; kind: string; source: string; target: string },
): string[] {
  const { layout } = picture;
  const source = layout.nodes.get(edge.source);
  const target = layout.nodes.get(edge.target);
  const classes = ['link', edge.kind];
  if (source && target && isFar(source, target)) classes.push('far');
  // Membership already shown by the frame around the member.
  if (edge.kind === 'part-of' && layout.parents.get(edge.source) === edge.target) classes.push('contained');
  return withHidden(classes, picture.edges.has(edge.id));
}

export const sizeData = (box: Box) => ({ w: box.width, h: box.height });

/**
 * Size data of a node. A group's heading is as wide as its frame, so it carries its box and label width; every
 * other node has the size of its kind, set in the stylesheet, which spares Cytoscape three data mappings to
 * re-apply on each of thousands of nodes a filter change shows or hides.
 */
export function nodeSizeData(kind: NodeKind, box: Box) {
  return isGroupKind(kind) ? { ...sizeData(box), tw: labelWidth(kind, box.width) } : {};
}

const withHidden = (classes: string[], shown: boolean) => (shown ? classes : [...classes, 'hidden']);

/** Where an element not in the picture waits until it is drawn. */
const NOWHERE = { x: 0, y: 0, width: 1, height: 1 };

/** All elements, drawn or not, with the `hidden` class already on what the picture leaves out. */
export function buildElements(
  dataset: CoreDataset,
  picture: GraphPicture,
  language: Language,
  labels: GraphLabels,
): ElementDefinition[] {
  const parts = buildElementsInParts(dataset, picture, language, labels);
  let step = parts.next();
  while (!step.done) step = parts.next();
  return step.value;
}

/** How many nodes `buildElementsInParts` makes between two pauses. */
const NODES_PER_PART = 250;

/**
 * `buildElements`, pausing after every few hundred nodes, so that a caller can spread a very large catalogue's
 * (thousands of names broken into lines, measured word by word) over several tasks.
 */
export function* buildElementsInParts(
  dataset: CoreDataset,
  picture: GraphPicture,
  language: Language,
  labels: GraphLabels,
): Generator<void, ElementDefinition[]> {
  const { layout, drawn } = picture;
  const elements: ElementDefinition[] = [];
  const sections = new Set(dataset.nodes.map((node) => node.section));
  for (const section of SECTIONS.filter((one) => sections.has(one))) {
    const band = layout.bands.get(section);
    const label = layout.bandLabels.get(section);
    elements.push({
      data: { id: bandId(section), section, ...sizeData(band ?? NOWHERE) },
      position: { x: band?.x ?? 0, y: band?.y ?? 0 },
      classes: withHidden(['band'], band !== undefined),
      selectable: false,
      grabbable: false,
      pannable: true,
    });
    elements.push({
      data: {
        id: bandLabelId(section),
        section,
        label: sectionLabel(labels.sections[section], language, label?.width ?? 100),
        labelWidth: label?.width ?? 100,
      },
      position: { x: label?.x ?? 0, y: label?.y ?? 0 },
      classes: withHidden(['band-label'], label !== undefined),
      selectable: false,
      grabbable: false,
      pannable: true,
    });
  }
  for (const node of dataset.nodes) {
    if (!isGroupKind(node.kind)) continue;
    const frame = layout.frames.get(node.id);
    elements.push({
      data: { id: frameId(node.id), group: node.id, ...sizeData(frame ?? NOWHERE) },
      position: { x: frame?.x ?? 0, y: frame?.y ?? 0 },
      classes: withHidden(['frame', `frame-${node.kind}`], frame !== undefined && drawn.has(node.id)),
      selectable: false,
      grabbable: false,
      pannable: true,
    });
  }
  for (const [at, node] of dataset.nodes.entries()) {
    if (at > 0 && at % NODES_PER_PART === 0) yield;
    const box = layout.nodes.get(node.id);
    const folded = picture.folded.get(node.id);
    elements.push({
      data: {
        id: node.id,
        section: node.section,
        kind: node.kind,
        label: nodeLabel(node, language, labels, box?.width, folded),
        ...nodeSizeData(node.kind, box ?? NOWHERE),
      },
      position: { x: box?.x ?? 0, y: box?.y ?? 0 },
      classes: withHidden(
        [...nodeClasses(node), ...(folded !== undefined ? ['folded'] : [])],
        drawn.has(node.id),
      ),
      selectable: false,
      // Nodes stay where the layout puts them: a drag that starts on one pans the view (a finger on a phone).
      grabbable: false,
      pannable: true,
    });
  }
  const seen = new Set<string>();
  for (const edge of dataset.edges) {
    const id = edgeId(edge);
    if (seen.has(id)) continue;
    seen.add(id);
    elements.push({
      data: { id, kind: edge.kind, source: edge.source, target: edge.target },
      classes: edgeClassesIn(picture, { id, ...edge }),
    });
  }
  return elements;
}
