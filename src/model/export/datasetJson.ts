import { edgeId } from '../edges';
import type { GraphIndex } from '../graphIndex';
import type { Dataset } from '../schema';
import type { VisibleSubgraph } from '../visibility';

/**
 * The visible subgraph of the full data set (`dataset`, with the details) in the data-set format (valid against `datasetSchema`): the nodes in view in upstream
 * order, the edges in view, the successions between LLM items in view, the upstream list unchanged. Null when
 * nothing is in view, since a data set has at least one node.
 */
export function exportVisibleDataset(
  dataset: Dataset,
  index: GraphIndex,
  visible: Pick<VisibleSubgraph, 'nodes' | 'edges'>,
): Dataset | null {
  const nodes = dataset.nodes.filter((node) => visible.nodes.has(node.id));
  if (nodes.length === 0) return null;
  const inView = new Set(
    index.edges
      .filter(
        (edge) =>
          visible.edges.has(edge.id) && visible.nodes.has(edge.source) && visible.nodes.has(edge.target),
      )
      .map((edge) => edge.id),
  );
  // The full data set's edges, which carry the reasons and sources the index leaves to the details.
  const edges = dataset.edges.filter((edge) => inView.has(edgeId(edge)));
  const successions = dataset.successions.filter(
    (succession) => visible.nodes.has(succession.source) && visible.nodes.has(succession.target),
  );
  return { format: dataset.format, upstream: dataset.upstream, nodes, edges, successions };
}

/** Two-space JSON with a final newline, like data/navigator.json. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
