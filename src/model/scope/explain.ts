import type { GraphIndex } from '../graphIndex';
import { isControl, isThreat, isTop10 } from '../nodeKinds';

import { controlScope, threatsMitigatedBy } from './controlScope';
import { scopeOf, type ScopeResult } from './evaluate';
import { type LocalizedText, QUESTION_IDS } from './questions';
import type { ScopeStatus } from './rules';

/** Lists of node titles in an explanation name at most this many. */
const MAX_NAMED = 3;

/**
 * Why a node is in scope, out of scope or a supplier's responsibility, in every language: the reasons of the
 * rules that decided it, or how its members (a threat group), the threats it mitigates (a control) or the
 * threats it maps to (a Top 10 item) decided it. An unknown id, or a node related to no threat, has no reasons.
 */
export function explainScope(index: GraphIndex, result: ScopeResult, nodeId: string): LocalizedText[] {
  const node = index.node(nodeId);
  if (!node) return [];
  if (isThreat(node)) return explainThreat(index, result, nodeId);
  if (isControl(node)) return explainControl(index, result, nodeId);
  if (isTop10(node)) return explainTop10(index, result, nodeId);
  return [];
}

function explainThreat(index: GraphIndex, result: ScopeResult, id: string): LocalizedText[] {
  const scope = scopeOf(result, id);
  if (scope.fromMembers) {
    const members = index.children(id).filter((child) => scopeOf(result, child).status === scope.status);
    const names = titles(index, members);
    if (scope.status === 'in-scope') {
      return [
        {
          en: `In scope: it contains threats in scope, such as ${names.en}.`,
          ja: `対象：${names.ja}など、対象となる脅威を含みます。`,
        },
      ];
    }
    if (scope.status === 'supplier') {
      return [
        {
          en: `Your supplier’s responsibility: every threat in it that still applies is theirs (${names.en}).`,
          ja: `提供元の責任：含まれる脅威のうち該当するもの（${names.ja}）はすべて提供元が担います。`,
        },
      ];
    }
    return [
      {
        en: 'Out of scope: every threat in it is out of scope.',
        ja: '対象外：含まれる脅威がすべて対象外です。',
      },
    ];
  }
  if (scope.rules.length > 0) return scope.rules.map((rule) => rule.reason);
  const answered = QUESTION_IDS.some((question) => result.answers[question] !== undefined);
  return [
    answered
      ? {
          en: 'In scope: none of your answers rules it out.',
          ja: '対象：どの回答もこの脅威を除外していません。',
        }
      : {
          en: 'In scope: answer the scoping questions to narrow the list down.',
          ja: '対象：スコープの質問に答えると、対象を絞り込めます。',
        },
  ];
}

function explainControl(index: GraphIndex, result: ScopeResult, id: string): LocalizedText[] {
  if (index.node(id)?.section === 'general-controls') {
    return [
      {
        en: 'In scope: a general control applies to every threat, whatever the scope.',
        ja: '対象：一般的な管理策はスコープにかかわらず、すべての脅威に適用されます。',
      },
    ];
  }
  const status = controlScope(index, result, id);
  const ids = [
    id,
    ...index.descendants(id).filter((member) => index.node(member)?.kind === 'control'),
  ].flatMap((control) => threatsMitigatedBy(index, control));
  if (ids.length === 0) return [];
  const names = titles(index, withStatus(result, [...new Set(ids)], status));
  const texts: Record<ScopeStatus, LocalizedText> = {
    'in-scope': {
      en: `In scope: it mitigates threats in scope, such as ${names.en}.`,
      ja: `対象：${names.ja}など、対象となる脅威を軽減します。`,
    },
    supplier: {
      en: `Your supplier’s responsibility: every threat it mitigates that still applies is theirs (${names.en}).`,
      ja: `提供元の責任：軽減する脅威のうち該当するもの（${names.ja}）はすべて提供元が担います。`,
    },
    'out-of-scope': {
      en: 'Out of scope: every threat it mitigates is out of scope.',
      ja: '対象外：軽減する脅威がすべて対象外です。',
    },
  };
  return [texts[status]];
}

function explainTop10(index: GraphIndex, result: ScopeResult, id: string): LocalizedText[] {
  const targets = index.outgoing(id, 'maps-to').map((edge) => edge.target);
  const shown = targets.filter((target) => scopeOf(result, target).status !== 'out-of-scope');
  if (targets.length === 0) return [];
  if (shown.length === 0) {
    return [
      {
        en: 'Out of scope: every threat it maps to is out of scope.',
        ja: '対象外：対応する脅威がすべて対象外です。',
      },
    ];
  }
  const names = titles(index, shown);
  return [
    {
      en: `In scope: it maps to threats that remain, such as ${names.en}.`,
      ja: `対象：${names.ja}など、残っている脅威に対応します。`,
    },
  ];
}

function withStatus(result: ScopeResult, ids: readonly string[], status: ScopeStatus): string[] {
  return ids.filter((id) => scopeOf(result, id).status === status);
}

/** The first few titles of `ids`, in reading order, with a count of the rest. */
function titles(index: GraphIndex, ids: readonly string[]): LocalizedText {
  const nodes = ids.flatMap((id) => index.node(id) ?? []).sort((a, b) => a.order - b.order);
  const named = nodes.slice(0, MAX_NAMED);
  const rest = nodes.length - named.length;
  return {
    en: named.map((node) => node.title.en).join(', ') + (rest > 0 ? ` and ${rest} more` : ''),
    ja: named.map((node) => node.title.ja).join('、') + (rest > 0 ? `ほか${rest}件` : ''),
  };
}
