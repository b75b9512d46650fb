import type { NavEdge } from './schema';

/** Stable id of an edge, used by the graph, the visible-subgraph function and tests. */
export function edgeId(edge: Pick<NavEdge, 'kind' | 'source' | 'target'>): string {
  return `${edge.kind}:${edge.source}->${edge.target}`;
}

/** Stable id of a succession between LLM Top 10 editions; with `edgeId`, the key of a relation's details. */
export function successionId(succession: { source: string; target: string }): string {
  return `succeeds:${succession.source}->${succession.target}`;
}
