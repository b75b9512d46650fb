import { CONTROL_TYPES, EDGE_KINDS, NODE_KINDS } from '../../model/vocabulary';

import type { GraphLabels } from './GraphLabels';
import type { OverlayLegendEntry } from './overlayLegend';
import { type BorderStyle, CONTROL_LOOKS, EDGE_LOOKS, NODE_LOOKS } from './palette';

export type PictureSwatch =
  | { type: 'node'; fill: string; border: string; borderStyle: BorderStyle }
  | { type: 'edge'; colour: string; lineStyle: 'solid' | 'dashed' | 'dotted' }
  | { type: 'mark'; colour: string; symbol: string; dashed: boolean };

export interface PictureLegendSection {
  title: string;
  items: { swatch: PictureSwatch; text: string }[];
}

/**
 * The legend drawn into an exported picture: node kinds, control types and relations as on the page, and the
 * overlay's marks (under `marksTitle`) while there are any.
 */
export function pictureLegend(
  labels: GraphLabels,
  marks: { title: string; entries: readonly OverlayLegendEntry[] },
): PictureLegendSection[] {
  const sections: PictureLegendSection[] = [];
  if (marks.entries.length > 0)
    sections.push({
      title: marks.title,
      items: marks.entries.map((entry) => ({
        swatch: { type: 'mark', colour: entry.colour, symbol: entry.symbol, dashed: entry.dashed ?? false },
        text: entry.text,
      })),
    });
  sections.push(
    {
      title: labels.legendGroups.nodes,
      items: NODE_KINDS.map((kind) => ({
        swatch: { type: 'node', ...NODE_LOOKS[kind] },
        text: labels.kinds[kind],
      })),
    },
    {
      title: labels.legendGroups.controlTypes,
      items: CONTROL_TYPES.map((type) => ({
        swatch: { type: 'node', ...CONTROL_LOOKS[type] },
        text: labels.controlTypes[type],
      })),
    },
    {
      title: labels.legendGroups.edges,
      items: EDGE_KINDS.map((kind) => ({
        swatch: { type: 'edge', colour: EDGE_LOOKS[kind].colour, lineStyle: EDGE_LOOKS[kind].lineStyle },
        text: labels.edges[kind],
      })),
    },
  );
  return sections;
}
