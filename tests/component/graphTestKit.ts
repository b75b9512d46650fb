import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';

import { graphLabels } from '../../src/app/graphLabels';
import type { GraphLabels } from '../../src/features/graph/GraphLabels';
import { edgeId } from '../../src/model/edges';
import { buildIndex } from '../../src/model/graphIndex';
import { type GeneralFold, type GraphPicture, graphPicture } from '../../src/model/graphPicture';
import type { Dataset } from '../../src/model/schema';

import { testI18n } from './testI18n';

/** The graph's English strings, as the app passes them. */
export const labels: GraphLabels = graphLabels(testI18n('en').t, '2026');

/** Everything visible, or only the nodes that pass `keep` and the edges between them. */
export function visibleOf(dataset: Dataset, keep: (id: string) => boolean = () => true) {
  const nodes = new Set(dataset.nodes.map((node) => node.id).filter(keep));
  const edges = new Set(
    dataset.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map(edgeId),
  );
  return { nodes, edges };
}

/** The picture of `dataset` with only the nodes that pass `keep`, laid out afresh; general controls listed in full. */
export function pictureOf(
  dataset: Dataset,
  keep: (id: string) => boolean = () => true,
  fold: GeneralFold = 'open',
): GraphPicture {
  return graphPicture(buildIndex(dataset), visibleOf(dataset, keep), { fold, narrowed: false });
}

/** Instances the mocked factory made, newest last. */
export const made: Core[] = [];

/**
 * Stands in for createCytoscape in jsdom, which has no canvas: the same Cytoscape core, headless,
 * with styles on; it reports a first drawing on the next tick as the real renderer would.
 */
export function createHeadless(options: CytoscapeOptions): Core {
  const cy = cytoscape({ ...options, container: undefined, headless: true, styleEnabled: true });
  made.push(cy);
  setTimeout(() => {
    if (!cy.destroyed()) cy.emit('render');
  }, 0);
  return cy;
}
