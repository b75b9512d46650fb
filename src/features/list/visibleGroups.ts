import { countsAsThreat } from '../../model/counts';
import type { GraphIndex } from '../../model/graphIndex';
import type { NavNode } from '../../model/schema';
import { NODE_KINDS, type NodeKind } from '../../model/vocabulary';

export interface KindGroup {
  kind: NodeKind;
  nodes: NavNode[];
}

/**
 * The shown nodes by kind, in the index's order; kinds with nothing shown are left out. A threat group without
 * member threats is listed with the threats, as every count counts it (`counts.ts`), so the list's numbers are
 * those of the count line.
 */
export function visibleGroups(index: GraphIndex, visibleNodes: ReadonlySet<string>): KindGroup[] {
  const byKind = new Map<NodeKind, NavNode[]>(NODE_KINDS.map((kind) => [kind, []]));
  for (const node of index.nodes) {
    if (!visibleNodes.has(node.id)) continue;
    const kind = node.kind === 'threat-group' && countsAsThreat(index, node.id) ? 'threat' : node.kind;
    byKind.get(kind)?.push(node);
  }
  return NODE_KINDS.map((kind) => ({ kind, nodes: byKind.get(kind) ?? [] })).filter(
    (group) => group.nodes.length > 0,
  );
}

/** One line of a long list: a group's heading or a node with its place in the group. */
export type ListLine =
  | { type: 'heading'; key: string; group: KindGroup }
  | { type: 'node'; key: string; node: NavNode; position: number; groupSize: number };

export function listLines(groups: readonly KindGroup[]): ListLine[] {
  return groups.flatMap((group): ListLine[] => [
    { type: 'heading', key: `kind:${group.kind}`, group },
    ...group.nodes.map((node, i): ListLine => ({
      type: 'node',
      key: node.id,
      node,
      position: i + 1,
      groupSize: group.nodes.length,
    })),
  ]);
}
