import { countedKindOf } from '../counts';
import { DEFAULT_FILTERS } from '../filters';
import type { GraphIndex } from '../graphIndex';
import { isThreat } from '../nodeKinds';
import { mapsTo, mitigatedBy } from '../relations';
import type { NavNode } from '../schema';

import { type ScopeResult, threatIdsInScope } from './evaluate';
import { visibleSubgraphInScope } from './visibleInScope';

/** A control or Top 10 item the scope sets aside, with the threats set aside that it was shown for. */
export interface SetAsideNode {
  node: NavNode;
  /** The threats (and threat groups) it mitigates or maps to; none of them is in view. */
  because: NavNode[];
}

export interface SetAsideByScope {
  /** Threats as every count counts them (`counts.ts`); groups are not listed. */
  threats: NavNode[];
  controls: SetAsideNode[];
  top10: SetAsideNode[];
}

/**
 * What the scope answers take out of view with no filter active, in reading order: the threats out of scope,
 * the controls that only mitigate those and the Top 10 items that only map to them. Nothing before the first
 * answer.
 */
export function setAsideByScope(index: GraphIndex, result: ScopeResult): SetAsideByScope {
  const setAside: SetAsideByScope = { threats: [], controls: [], top10: [] };
  if (result.matchedRules.length === 0) return setAside;
  const { hiddenByScope } = visibleSubgraphInScope(index, DEFAULT_FILTERS, threatIdsInScope(result));
  for (const node of index.nodes) {
    if (!hiddenByScope.has(node.id)) continue;
    const kind = countedKindOf(index, node);
    if (kind === 'threat') setAside.threats.push(node);
    else if (kind === 'control') setAside.controls.push({ node, because: mitigatedThreats(index, node.id) });
    else if (kind === 'top10') setAside.top10.push({ node, because: mapsTo(index, node.id) });
  }
  return setAside;
}

function mitigatedThreats(index: GraphIndex, controlId: string): NavNode[] {
  const { direct, throughGroups } = mitigatedBy(index, controlId);
  return [...direct, ...throughGroups.flatMap((group) => group.nodes)].filter(isThreat);
}
