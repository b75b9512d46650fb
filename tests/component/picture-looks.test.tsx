import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { buildElements } from '../../src/features/graph/elements';
import { nodeLook } from '../../src/features/graph/looks';
import { graphStylesheet } from '../../src/features/graph/stylesheet';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { graphPicture } from '../../src/model/graphPicture';
import { labelLines } from '../../src/model/labelLines';
import { isGroupKind, LABEL_FONT_SIZE, labelWidth, NODE_SIZES } from '../../src/model/layout/sizes';
import { parseDataset } from '../../src/model/parseDataset';
import { visibleSubgraph } from '../../src/model/visibility';

import { labels } from './graphTestKit';

// The picture drawn before the canvas is ready (PictureSvg.tsx) takes its looks from looks.ts; the canvas from the
// stylesheet. Both must agree on every node of the shipped data, or the canvas would visibly replace the picture.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const dataset = parsed.dataset;
const index = buildIndex(dataset);
const picture = graphPicture(index, visibleSubgraph(index, DEFAULT_FILTERS), {
  fold: 'auto',
  narrowed: false,
});

describe('the picture before the canvas', () => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStylesheet(),
    elements: buildElements(dataset, picture, 'en', labels),
  });

  it('gives every node the shape, fill and border the canvas gives it', () => {
    for (const node of dataset.nodes) {
      const look = nodeLook(node);
      const element = cy.getElementById(node.id);
      const shown = {
        fill: element.style('background-color'),
        border: element.style('border-color'),
        borderStyle: element.style('border-style'),
        borderWidth: parseFloat(element.style('border-width')),
      };
      const hex = (colour: string) => {
        const [r, g, b] = colour.match(/\d+/g)!.map(Number);
        return `#${[r, g, b].map((channel) => channel!.toString(16).padStart(2, '0')).join('')}`;
      };
      expect({ ...shown, fill: hex(shown.fill), border: hex(shown.border) }, node.id).toEqual({
        fill: look.fill,
        border: look.border,
        borderStyle: look.borderStyle,
        borderWidth: look.borderWidth,
      });
    }
  });

  it('breaks every name into lines that fit its node, as the canvas is given them', () => {
    const font = (bold: boolean) => ({ language: 'en' as const, bold, size: LABEL_FONT_SIZE });
    for (const node of dataset.nodes.filter((candidate) => picture.drawn.has(candidate.id))) {
      const width = isGroupKind(node.kind)
        ? picture.layout.nodes.get(node.id)!.width
        : NODE_SIZES[node.kind].width;
      const label = cy.getElementById(node.id).data('label') as string;
      const lines = label.split('\n');
      // Broken again, the lines stay as they are: the canvas has no reason to break them further.
      expect(labelLines(label, labelWidth(node.kind, width), font(isGroupKind(node.kind))), node.id).toEqual(
        lines,
      );
    }
  });
});
