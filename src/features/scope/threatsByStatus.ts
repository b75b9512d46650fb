import type { GraphIndex } from '../../model/graphIndex';
import { isLeafThreat } from '../../model/layers/controlsForThreat';
import type { NavNode } from '../../model/schema';
import { scopeOf, type ScopeResult } from '../../model/scope/evaluate';
import type { ScopeStatus } from '../../model/scope/rules';

export const SCOPE_STATUSES: readonly ScopeStatus[] = ['in-scope', 'supplier', 'out-of-scope'];

/**
 * The threats of the data set by where they stand, in reading order. Only threats without member threats are
 * listed, so a group and its members are not counted twice (the same rows as the summaries and exports).
 */
export function threatsByStatus(index: GraphIndex, result: ScopeResult): Record<ScopeStatus, NavNode[]> {
  const lists: Record<ScopeStatus, NavNode[]> = { 'in-scope': [], supplier: [], 'out-of-scope': [] };
  for (const node of index.nodes) {
    if (isLeafThreat(index, node.id)) lists[scopeOf(result, node.id).status].push(node);
  }
  return lists;
}
