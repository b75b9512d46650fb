import type { ElementDefinition } from 'cytoscape';

import { edgeId } from '../../model/edges';
import { isGroupKind } from '../../model/layout/sizes';
import type { Box, GraphLayout } from '../../model/layout/types';
import type { CoreDataset, NavNode } from '../../model/schema';
import type { Language, NodeKind, Section } from '../../model/vocabulary';

import type { GraphLabels } from './GraphLabels';
import { withLineBreaks } from './lineBreaks';

/**
 * Turns the data set and its layout into Cytoscape element definitions. Data nodes keep their
 * own ids; decoration gets ids with a colon, which data ids can never contain.
 */

export const bandId = (section: Section) => `band:${section}`;
export const bandLabelId = (section: Section) => `band-label:${section}`;
export const frameId = (group: string) => `frame:${group}`;

export function nodeLabel(node: NavNode, language: Language, labels: GraphLabels): string {
  return withLineBreaks(plainLabel(node, language, labels));
}

function plainLabel(node: NavNode, language: Language, labels: GraphLabels): string {
  const title = node.title[language];
  switch (node.kind) {
    case 'threat':
      return node.impacts?.length
        ? `${title}\n${node.impacts.map((impact) => labels.impacts[impact]).join(' · ')}`
        : title;
    case 'control':
      return node.governance ? `${title}\n${labels.governance}` : title;
    case 'ml-top10':
    case 'llm-top10':
      return title.startsWith(node.id) ? title : `${node.id} ${title}`;
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

/** Horizontal room a label loses to the shape's edges (hexagon tips, ellipse and diamond sides). */
const TEXT_INSET: Record<NodeKind, number> = {
  threat: 16,
  'threat-group': 16,
  control: 40,
  'control-group': 16,
  'ml-top10': 40,
  'llm-top10': 56,
};

/** Lines longer than this cross the picture; they are drawn faint until their node is emphasised. */
export const FAR_EDGE = 650;

export function isFar(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) > FAR_EDGE;
}

export const sizeData = (box: Box) => ({ w: box.width, h: box.height });

/** The width a node's label may use inside a node of `width`. */
export const labelWidth = (kind: NodeKind, width: number) => Math.max(40, width - TEXT_INSET[kind]);

/**
 * Size data of a node. A group's heading is as wide as its frame, so it carries its box and label width; every
 * other node has the size of its kind, set in the stylesheet, which spares Cytoscape three data mappings to
 * re-apply on each of thousands of nodes a filter change shows or hides.
 */
export function nodeSizeData(kind: NodeKind, box: Box) {
  return isGroupKind(kind) ? { ...sizeData(box), tw: labelWidth(kind, box.width) } : {};
}

export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const withHidden = (classes: string[], shown: boolean) => (shown ? classes : [...classes, 'hidden']);

/**
 * All elements, visible or not, with the `hidden` class already on what the filters hide, so the
 * first drawing needs no second pass. A band shows while any node of its section does; a frame
 * while its group does.
 */
export function buildElements(
  dataset: CoreDataset,
  layout: GraphLayout,
  language: Language,
  labels: GraphLabels,
  visible: Visible,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const shownSections = new Set(
    dataset.nodes.filter((node) => visible.nodes.has(node.id)).map((node) => node.section),
  );
  for (const [section, band] of layout.bands) {
    const shown = shownSections.has(section);
    elements.push({
      data: { id: bandId(section), section, ...sizeData(band) },
      position: { x: band.x, y: band.y },
      classes: withHidden(['band'], shown),
      selectable: false,
      grabbable: false,
      pannable: true,
    });
    const label = layout.bandLabels.get(section);
    if (!label) continue;
    elements.push({
      data: {
        id: bandLabelId(section),
        section,
        label: withLineBreaks(labels.sections[section]),
        labelWidth: label.width,
      },
      position: { x: label.x, y: label.y },
      classes: withHidden(['band-label'], shown),
      selectable: false,
      grabbable: false,
      pannable: true,
    });
  }
  const kinds = new Map(dataset.nodes.map((node) => [node.id, node.kind]));
  for (const [group, frame] of layout.frames) {
    elements.push({
      data: { id: frameId(group), group, ...sizeData(frame) },
      position: { x: frame.x, y: frame.y },
      classes: withHidden(['frame', `frame-${kinds.get(group) ?? 'threat-group'}`], visible.nodes.has(group)),
      selectable: false,
      grabbable: false,
      pannable: true,
    });
  }
  for (const node of dataset.nodes) {
    const box = layout.nodes.get(node.id);
    if (!box) continue;
    elements.push({
      data: {
        id: node.id,
        section: node.section,
        kind: node.kind,
        label: nodeLabel(node, language, labels),
        ...nodeSizeData(node.kind, box),
      },
      position: { x: box.x, y: box.y },
      classes: withHidden(nodeClasses(node), visible.nodes.has(node.id)),
      selectable: false,
    });
  }
  const seen = new Set<string>();
  for (const edge of dataset.edges) {
    const id = edgeId(edge);
    const source = layout.nodes.get(edge.source);
    const target = layout.nodes.get(edge.target);
    if (seen.has(id) || !source || !target) continue;
    seen.add(id);
    const classes = ['link', edge.kind];
    if (isFar(source, target)) classes.push('far');
    // Membership already shown by the frame around the member.
    if (edge.kind === 'part-of' && layout.parents.get(edge.source) === edge.target) classes.push('contained');
    elements.push({
      data: { id, source: edge.source, target: edge.target },
      classes: withHidden(classes, visible.edges.has(id)),
    });
  }
  return elements;
}
