import { countsAsThreat } from '../../model/counts';
import type { GraphIndex } from '../../model/graphIndex';
import type { NavNode } from '../../model/schema';
import { scopeOf, type ScopeResult } from '../../model/scope/evaluate';
import type { ScopeStatus } from '../../model/scope/rules';

export const SCOPE_STATUSES: readonly ScopeStatus[] = ['in-scope', 'supplier', 'out-of-scope'];

/**
 * The threats of the data set by where they stand, in reading order: threats as every count counts them
 * (`counts.ts`), so a group and its members are not counted twice and the numbers are the graph's.
 */
export function threatsByStatus(index: GraphIndex, result: ScopeResult): Record<ScopeStatus, NavNode[]> {
  const lists: Record<ScopeStatus, NavNode[]> = { 'in-scope': [], supplier: [], 'out-of-scope': [] };
  for (const node of index.nodes) {
    if (countsAsThreat(index, node.id)) lists[scopeOf(result, node.id).status].push(node);
  }
  return lists;
}
