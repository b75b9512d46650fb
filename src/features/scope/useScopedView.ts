import { useMemo } from 'react';

import type { Filters } from '../../model/filters';
import type { GraphIndex } from '../../model/graphIndex';
import { evaluateScope, threatIdsInScope } from '../../model/scope/evaluate';
import type { ScopeAnswers } from '../../model/scope/questions';
import { visibleSubgraphInScope } from '../../model/scope/visibleInScope';

import { hasAnswers } from './hasAnswers';

/**
 * What the views show for the filters and the scope answers: the scope result (for explanations) and the visible
 * subgraph, narrowed to threats in scope (a supplier's threats stay) once any question is answered.
 */
export function useScopedView(index: GraphIndex, filters: Filters, answers: ScopeAnswers) {
  const result = useMemo(() => evaluateScope(index, answers), [index, answers]);
  const visible = useMemo(
    () => visibleSubgraphInScope(index, filters, hasAnswers(answers) ? threatIdsInScope(result) : null),
    [index, filters, answers, result],
  );
  return { result, visible };
}
