import type { GraphIndex } from '../graphIndex';
import { isThreat } from '../nodeKinds';
import { mitigatedBy } from '../relations';

import { scopeOf, type ScopeResult } from './evaluate';
import { SCOPE_STATUS_WEIGHT, type ScopeStatus } from './rules';

/**
 * Where a control stands, from the threats it mitigates (directly, through its control groups, and every threat
 * inside a threat group it mitigates): `in-scope` when any of them is, else `supplier` when any is the
 * supplier's, else `out-of-scope`. General controls apply to every threat and are always in scope; so is a
 * control that mitigates nothing. A control group also counts its member controls.
 */
export function controlScope(index: GraphIndex, result: ScopeResult, controlId: string): ScopeStatus {
  const node = index.node(controlId);
  if (!node || node.section === 'general-controls') return 'in-scope';
  const controls = [
    controlId,
    ...(node.kind === 'control-group'
      ? index.descendants(controlId).filter((id) => index.node(id)?.kind === 'control')
      : []),
  ];
  const threats = new Set(controls.flatMap((id) => threatsMitigatedBy(index, id)));
  if (threats.size === 0) return 'in-scope';
  let best: ScopeStatus = 'out-of-scope';
  for (const id of threats) {
    const status = scopeOf(result, id).status;
    if (SCOPE_STATUS_WEIGHT[status] < SCOPE_STATUS_WEIGHT[best]) best = status;
  }
  return best;
}

/** Threats and threat groups a control mitigates, members of mitigated groups included. */
export function threatsMitigatedBy(index: GraphIndex, controlId: string): string[] {
  const { direct, throughGroups } = mitigatedBy(index, controlId);
  const targets = [...direct, ...throughGroups.flatMap((group) => group.nodes)].filter(isThreat);
  const ids = targets.flatMap((node) => [
    node.id,
    ...index.descendants(node.id).filter((id) => {
      const member = index.node(id);
      return !!member && isThreat(member);
    }),
  ]);
  return [...new Set(ids)];
}
