import type { Core, ElementDefinition } from 'cytoscape';

import type { EdgeIds } from '../../model/visibility';

/**
 * Large graphs (thousands of nodes) draw their lines only around the emphasised node: 15,000 lines are a solid
 * mesh at any readable zoom, and every one of them would be restyled, re-sorted and redrawn on each filter change.
 * GraphView keeps their definitions here and adds the few it needs when a node is hovered, focused or selected.
 */

export interface EdgesOnDemand {
  /** Definitions of the edges that touch each node (as source or target). */
  byNode: ReadonlyMap<string, readonly ElementDefinition[]>;
}

const isEdge = (element: ElementDefinition) => element.data.source !== undefined;

/** Splits definitions into what is drawn from the start and the edges kept for later. */
export function splitEdges(elements: readonly ElementDefinition[]): {
  drawn: ElementDefinition[];
  edges: EdgesOnDemand;
} {
  const byNode = new Map<string, ElementDefinition[]>();
  const drawn: ElementDefinition[] = [];
  for (const element of elements) {
    if (!isEdge(element)) {
      drawn.push(element);
      continue;
    }
    for (const end of [element.data.source as string, element.data.target as string]) {
      const list = byNode.get(end);
      if (list) list.push(element);
      else byNode.set(end, [element]);
    }
  }
  return { drawn, edges: { byNode } };
}

const classesOf = (element: ElementDefinition): string[] =>
  typeof element.classes === 'string' ? element.classes.split(/\s+/) : [...(element.classes ?? [])];

/**
 * The edges the neighbourhood of `id` needs: those touching the node and, up its `part-of` chain, those touching
 * each group it belongs to (what mitigates a group counts for its members).
 */
export function edgesAround(edges: EdgesOnDemand, id: string): Map<string, ElementDefinition> {
  const wanted = new Map<string, ElementDefinition>();
  const seen = new Set<string>([id]);
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const edge of edges.byNode.get(current) ?? []) {
      wanted.set(edge.data.id!, edge);
      const target = edge.data.target as string;
      if (edge.data.source === current && classesOf(edge).includes('part-of') && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return wanted;
}

/**
 * Makes the canvas hold exactly the edges around `id` (none for `null`), hidden unless `shownEdges` holds them. Returns
 * whether anything changed.
 */
export function showEdgesAround(
  cy: Core,
  edges: EdgesOnDemand,
  id: string | null,
  shownEdges: EdgeIds,
): boolean {
  const wanted = id === null ? new Map<string, ElementDefinition>() : edgesAround(edges, id);
  const stale = cy.edges().filter((edge) => !wanted.has(edge.id()));
  const fresh = [...wanted.values()]
    .filter((edge) => cy.getElementById(edge.data.id!).empty())
    .map((edge) => {
      const classes = classesOf(edge).filter((name) => name !== 'hidden');
      if (!shownEdges.has(edge.data.id!)) classes.push('hidden');
      return { ...edge, classes };
    });
  if (stale.empty() && fresh.length === 0) return false;
  cy.batch(() => {
    stale.remove();
    cy.add(fresh);
  });
  return true;
}
