import type { LayoutInput } from './types';

/**
 * Above this many nodes and edges a catalogue keeps one layout, worked out once, and the graph takes drawing
 * shortcuts to keep the page responsive (docs/graph.md, "Large graphs").
 */
const LARGE_CATALOGUE = 4000;

export const isLargeDataset = (dataset: LayoutInput) =>
  dataset.nodes.length + dataset.edges.length > LARGE_CATALOGUE;
