import type { NavEdge } from './schema';

/** Stable id of an edge, used by the graph, the visible-subgraph function and tests. */
export function edgeId(edge: Pick<NavEdge, 'kind' | 'source' | 'target'>): string {
  return `${edge.kind}:${edge.source}->${edge.target}`;
}
