import { useCallback, useMemo } from 'react';

import type { Filters } from '../../model/filters';
import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeResult } from '../../model/scope/evaluate';
import type { ScopeAnswers } from '../../model/scope/questions';
import { visibleSubgraphInScope } from '../../model/scope/visibleInScope';
import { visibleSubgraph } from '../../model/visibility';

import { hasAnswers } from './hasAnswers';
import { useScoping } from './scoping';

/**
 * What the views show for the filters and the scope answers: the scope result (for explanations) and the visible
 * subgraph, narrowed to threats in scope (a supplier's threats stay) once any question is answered. Before the
 * first answer (or while the rules load) no rule applies: the result names no threat, and `scopeOf` counts every
 * threat in scope.
 */
export function useScopedView(index: GraphIndex, filters: Filters, answers: ScopeAnswers) {
  const answered = hasAnswers(answers);
  const scoping = useScoping(answered);
  const result = useMemo<ScopeResult>(
    () =>
      answered && scoping
        ? scoping.evaluateScope(index, answers)
        : { answers, matchedRules: [], threats: new Map() },
    [index, answers, answered, scoping],
  );
  const threatScope = useMemo(
    () => (answered && scoping ? scoping.threatIdsInScope(result) : null),
    [answered, scoping, result],
  );
  const visible = useMemo(
    () => visibleSubgraphInScope(index, filters, threatScope),
    [index, filters, threatScope],
  );
  /** The nodes shown with other filters and the same scope: what clearing a filter would show. */
  const shownWith = useCallback(
    (other: Filters) => visibleSubgraph(index, other, threatScope ?? undefined).nodes,
    [index, threatScope],
  );
  return { result, visible, shownWith };
}
