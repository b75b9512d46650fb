import type { GraphIndex } from './graphIndex';
import { isControl, isThreat } from './nodeKinds';
import type { NavNode } from './schema';

/**
 * What every count of the app counts, so the graph, the list, the scope page and the risk overview give one
 * number for one thing:
 *
 * - a **threat** is a threat, or a threat group without member threats (it stands for one threat: "Generic
 *   security threats"); a threat group with member threats is a **threat group** and is counted apart, so a
 *   threat is never counted twice, as itself and within its group;
 * - a **control** is a control; control groups are counted apart;
 * - a **Top 10 item** is an item of either list; of the LLM Top 10, only the items of the edition shown count, as
 *   the others are another list, not hidden ones.
 */
export type CountedKind = 'threat' | 'threat-group' | 'control' | 'control-group' | 'top10';

export const COUNTED_KINDS: readonly CountedKind[] = [
  'threat',
  'threat-group',
  'control',
  'control-group',
  'top10',
];

export interface ShownOfTotal {
  shown: number;
  total: number;
}

export type NodeCounts = Record<CountedKind, ShownOfTotal>;

/** The counted kind of each node of an index, in its order; worked out once per index. */
const kindsOf = new WeakMap<GraphIndex, CountedKind[]>();

function countedKinds(index: GraphIndex): CountedKind[] {
  let kinds = kindsOf.get(index);
  if (!kinds) {
    kinds = index.nodes.map((node) => countedKindOf(index, node));
    kindsOf.set(index, kinds);
  }
  return kinds;
}

/** Which count a node goes into. */
export function countedKindOf(index: GraphIndex, node: NavNode): CountedKind {
  if (isThreat(node)) {
    const hasMemberThreats = index.children(node.id).some((id) => {
      const member = index.node(id);
      return !!member && isThreat(member);
    });
    return hasMemberThreats ? 'threat-group' : 'threat';
  }
  if (isControl(node)) return node.kind === 'control' ? 'control' : 'control-group';
  return 'top10';
}

/** Whether the node counts as a threat: a threat, or a threat group without member threats. */
export function countsAsThreat(index: GraphIndex, id: string): boolean {
  const node = index.node(id);
  return !!node && countedKindOf(index, node) === 'threat';
}

/** How many nodes of each counted kind are in `shown`, and how many the data set has (of those `counted` keeps). */
export function countNodes(
  index: GraphIndex,
  shown: ReadonlySet<string>,
  counted: (node: NavNode) => boolean = () => true,
): NodeCounts {
  const counts = Object.fromEntries(
    COUNTED_KINDS.map((kind) => [kind, { shown: 0, total: 0 }]),
  ) as NodeCounts;
  const kinds = countedKinds(index);
  index.nodes.forEach((node, at) => {
    if (!counted(node)) return;
    const count = counts[kinds[at]!];
    count.total++;
    if (shown.has(node.id)) count.shown++;
  });
  return counts;
}

/** How many of `ids` are of each counted kind (e.g. what the scope sets aside). */
export function countByKind(index: GraphIndex, ids: ReadonlySet<string>): Record<CountedKind, number> {
  const counts = countNodes(index, ids);
  return Object.fromEntries(COUNTED_KINDS.map((kind) => [kind, counts[kind].shown])) as Record<
    CountedKind,
    number
  >;
}
