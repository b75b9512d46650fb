import type { GraphIndex } from '../graphIndex';
import { isThreat } from '../nodeKinds';

import { answersMatch, type ScopeAnswers } from './answerOptions';
import { SCOPE_RULES, SCOPE_STATUS_WEIGHT, type ScopeRule, type ScopeStatus } from './rules';

export interface ThreatScope {
  status: ScopeStatus;
  /** The rules that apply to this node itself, strongest effect first. */
  rules: readonly ScopeRule[];
  /**
   * For a threat group: its status comes from its members (the least excluded of them), not from its own
   * rules. Set when that differs from what its own rules say.
   */
  fromMembers: boolean;
}

export interface ScopeResult {
  answers: ScopeAnswers;
  /** The rules whose answers were all given. */
  matchedRules: readonly ScopeRule[];
  /** Every threat and threat group of the data set. */
  threats: ReadonlyMap<string, ThreatScope>;
}

const IN_SCOPE: ThreatScope = { status: 'in-scope', rules: [], fromMembers: false };

/**
 * Which threats are in scope, out of scope or a supplier's responsibility for the system the answers describe.
 * Unanswered questions rule nothing out. A threat takes the strongest effect of the rules that cover it; a threat
 * group takes the least excluded status of its member threats, so it stays while anything in it does.
 */
export function evaluateScope(
  index: GraphIndex,
  answers: ScopeAnswers,
  rules: readonly ScopeRule[] = SCOPE_RULES,
): ScopeResult {
  const matchedRules = rules.filter((rule) => answersMatch(answers, rule.when));

  const ruled = new Map<string, ScopeRule[]>();
  for (const rule of matchedRules) {
    const excepted = new Set(expand(index, rule.except ?? []));
    for (const id of expand(index, rule.threats)) {
      if (excepted.has(id)) continue;
      const list = ruled.get(id);
      if (list) list.push(rule);
      else ruled.set(id, [rule]);
    }
  }

  const own = (id: string): ThreatScope => {
    const list = [...(ruled.get(id) ?? [])].sort(
      (a, b) => SCOPE_STATUS_WEIGHT[b.effect] - SCOPE_STATUS_WEIGHT[a.effect],
    );
    return list[0] ? { status: list[0].effect, rules: list, fromMembers: false } : IN_SCOPE;
  };

  const threats = new Map<string, ThreatScope>();
  const resolve = (id: string, visiting: Set<string>): ThreatScope => {
    const known = threats.get(id);
    if (known) return known;
    const self = own(id);
    const members = index.children(id).filter((child) => !visiting.has(child) && isThreatId(index, child));
    let result = self;
    if (members.length > 0) {
      visiting.add(id);
      const statuses = members.map((member) => resolve(member, visiting).status);
      visiting.delete(id);
      const status = statuses.reduce((a, b) => (SCOPE_STATUS_WEIGHT[a] <= SCOPE_STATUS_WEIGHT[b] ? a : b));
      result = { status, rules: self.rules, fromMembers: status !== self.status };
    }
    threats.set(id, result);
    return result;
  };
  for (const node of index.nodes) if (isThreat(node)) resolve(node.id, new Set());

  return { answers, matchedRules, threats };
}

/** The status of one threat or threat group; anything else (or an unknown id) counts as in scope. */
export function scopeOf(result: ScopeResult, id: string): ThreatScope {
  return result.threats.get(id) ?? IN_SCOPE;
}

export interface InScopeOptions {
  /** Whether threats that are a supplier's responsibility count as in scope (shown). Default: true. */
  includeSupplier?: boolean;
}

/** The threat and threat-group ids to show: what `visibleSubgraphInScope` takes. */
export function threatIdsInScope(result: ScopeResult, options: InScopeOptions = {}): ReadonlySet<string> {
  const includeSupplier = options.includeSupplier ?? true;
  const ids = new Set<string>();
  for (const [id, scope] of result.threats) {
    if (scope.status === 'in-scope' || (includeSupplier && scope.status === 'supplier')) ids.add(id);
  }
  return ids;
}

/** Rule target ids that are not threats or threat groups of the data set (for data checks and tests). */
export function unknownRuleTargets(index: GraphIndex, rules: readonly ScopeRule[] = SCOPE_RULES): string[] {
  const ids = rules.flatMap((rule) => [...rule.threats, ...(rule.except ?? [])]);
  return [...new Set(ids)].filter((id) => !isThreatId(index, id));
}

/** The ids and every threat below them; ids not in the data set are skipped. */
function expand(index: GraphIndex, ids: readonly string[]): string[] {
  return ids
    .filter((id) => isThreatId(index, id))
    .flatMap((id) => [id, ...index.descendants(id).filter((member) => isThreatId(index, member))]);
}

function isThreatId(index: GraphIndex, id: string): boolean {
  const node = index.node(id);
  return !!node && isThreat(node);
}
