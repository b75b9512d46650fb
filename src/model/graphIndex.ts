import { edgeId } from './edges';
import { remembered } from './remembered';
import type { CoreDataset, NavEdge, NavNode } from './schema';
import type { EdgeKind } from './vocabulary';

export interface IndexedEdge extends NavEdge {
  /** `edgeId(edge)`: the one id an edge has everywhere. */
  readonly id: string;
}

/** Lookups over a validated data set. Every list is sorted by the nodes' upstream `order`. */
export interface GraphIndex {
  readonly dataset: CoreDataset;
  /** All nodes in upstream reading order. */
  readonly nodes: readonly NavNode[];
  readonly edges: readonly IndexedEdge[];
  node(id: string): NavNode | undefined;
  has(id: string): boolean;
  /** The edge of this id (`edgeId()`). */
  edge(id: string): IndexedEdge | undefined;
  /** The id of the node that `oldId`, an earlier slug of it, now names; undefined for any other id. */
  renamedTo(oldId: string): string | undefined;
  /** Edges of one kind leaving `id` (for `part-of`: towards its groups). */
  outgoing(id: string, kind: EdgeKind): readonly IndexedEdge[];
  /** Edges of one kind arriving at `id` (for `part-of`: from its members). */
  incoming(id: string, kind: EdgeKind): readonly IndexedEdge[];
  /** Groups `id` is directly part of. */
  parents(id: string): readonly string[];
  /** Direct members of the group `id`. */
  children(id: string): readonly string[];
  /** Every group `id` is part of, nearest first; safe against cycles. */
  ancestors(id: string): readonly string[];
  /** Every member of `id`, members of members included; safe against cycles. */
  descendants(id: string): readonly string[];
  /** LLM items of the edition before that `id` carries over. */
  predecessors(id: string): readonly string[];
  /** LLM items of the edition after that carry `id` over. */
  successors(id: string): readonly string[];
}

const NONE: readonly never[] = [];

export function buildIndex(dataset: CoreDataset): GraphIndex {
  const nodes = [...dataset.nodes].sort((a, b) => a.order - b.order);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const renamed = new Map(
    nodes.flatMap((node) => (node.renamedFrom ?? []).map((old) => [old, node.id] as const)),
  );
  const rank = (id: string) => byId.get(id)?.order ?? Number.MAX_SAFE_INTEGER;

  const edgeById = new Map<string, IndexedEdge>();
  for (const edge of dataset.edges) {
    const id = edgeId(edge);
    if (!edgeById.has(id)) edgeById.set(id, { ...edge, id });
  }
  const edges = [...edgeById.values()];

  // By kind, then by node id: no key string is built per lookup (the filters make thousands per change).
  const outgoing = new Map<EdgeKind, Map<string, IndexedEdge[]>>();
  const incoming = new Map<EdgeKind, Map<string, IndexedEdge[]>>();
  const push = (map: Map<EdgeKind, Map<string, IndexedEdge[]>>, id: string, edge: IndexedEdge) => {
    let ofKind = map.get(edge.kind);
    if (!ofKind) map.set(edge.kind, (ofKind = new Map()));
    const list = ofKind.get(id);
    if (list) list.push(edge);
    else ofKind.set(id, [edge]);
  };
  for (const edge of edges) {
    push(outgoing, edge.source, edge);
    push(incoming, edge.target, edge);
  }
  for (const ofKind of outgoing.values())
    for (const list of ofKind.values()) list.sort((a, b) => rank(a.target) - rank(b.target));
  for (const ofKind of incoming.values())
    for (const list of ofKind.values()) list.sort((a, b) => rank(a.source) - rank(b.source));

  const out = (id: string, kind: EdgeKind) => outgoing.get(kind)?.get(id) ?? NONE;
  const into = (id: string, kind: EdgeKind) => incoming.get(kind)?.get(id) ?? NONE;
  const parents = (id: string) => out(id, 'part-of').map((e) => e.target);
  const children = (id: string) => into(id, 'part-of').map((e) => e.source);

  const byRank = (ids: string[]) => ids.sort((a, b) => rank(a) - rank(b));
  const predecessors = new Map<string, string[]>();
  const successors = new Map<string, string[]>();
  for (const { source, target } of dataset.successions) {
    predecessors.set(source, byRank([...(predecessors.get(source) ?? []), target]));
    successors.set(target, byRank([...(successors.get(target) ?? []), source]));
  }

  return {
    dataset,
    nodes,
    edges,
    predecessors: (id) => predecessors.get(id) ?? NONE,
    successors: (id) => successors.get(id) ?? NONE,
    node: (id) => byId.get(id),
    has: (id) => byId.has(id),
    edge: (id) => edgeById.get(id),
    renamedTo: (oldId) => (byId.has(oldId) ? undefined : renamed.get(oldId)),
    outgoing: out,
    incoming: into,
    parents,
    children,
    // The data never changes, and the filters ask for the groups of every node on every change.
    ancestors: remembered((id) => walk(id, parents)),
    descendants: remembered((id) => walk(id, children)),
  };
}

/** Breadth-first closure of `step`, nearest first, without the start node. */
function walk(start: string, step: (id: string) => readonly string[]): string[] {
  const found: string[] = [];
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of step(id)) {
        if (seen.has(other)) continue;
        seen.add(other);
        found.push(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return found;
}
