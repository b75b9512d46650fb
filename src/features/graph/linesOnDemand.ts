import type { Core, ElementDefinition } from 'cytoscape';

import type { GraphPicture } from '../../model/graphPicture';

import { edgeClassesIn } from './elements';

/**
 * The canvas holds only the lines it draws: those around the emphasised node, unless all lines are asked for (a
 * very large graph never draws them all: 15,000 lines are a solid mesh at any readable zoom). A line on the canvas
 * costs even while hidden: it is styled for the first frame and again on each filter change that touches it; on
 * the shipped data, the 264 lines of a view that draws none made the canvas answer clicks about a sixth later and
 * filter changes take about a third longer. GraphView keeps their definitions here and adds the few it needs when
 * a node is hovered, focused or selected.
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
      if (edge.data.source === current && edge.data.kind === 'part-of' && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return wanted;
}

/** An edge's definition with the classes `picture` gives it (the definitions were made for an earlier one). */
function inPicture(edge: ElementDefinition, picture: GraphPicture): ElementDefinition {
  const data = edge.data as { id: string; kind: string; source: string; target: string };
  return { ...edge, classes: edgeClassesIn(picture, data) };
}

/**
 * Makes the canvas hold exactly the edges around `id` (none for `null`), with the classes `picture` gives them.
 * Returns whether anything changed.
 */
export function showEdgesAround(
  cy: Core,
  edges: EdgesOnDemand,
  id: string | null,
  picture: GraphPicture,
): boolean {
  const wanted = id === null ? new Map<string, ElementDefinition>() : edgesAround(edges, id);
  const stale = cy.edges().filter((edge) => !wanted.has(edge.id()));
  const fresh = [...wanted.values()]
    .filter((edge) => cy.getElementById(edge.data.id!).empty())
    .map((edge) => inPicture(edge, picture));
  if (stale.empty() && fresh.length === 0) return false;
  cy.batch(() => {
    stale.remove();
    cy.add(fresh);
  });
  return true;
}

/** Puts every edge on the canvas (all lines were asked for), with the classes `picture` gives them. */
export function showAllEdges(cy: Core, edges: EdgesOnDemand, picture: GraphPicture): void {
  const missing = new Map<string, ElementDefinition>();
  for (const list of edges.byNode.values())
    for (const edge of list) if (cy.getElementById(edge.data.id!).empty()) missing.set(edge.data.id!, edge);
  if (missing.size === 0) return;
  cy.batch(() => cy.add([...missing.values()].map((edge) => inPicture(edge, picture))));
}
