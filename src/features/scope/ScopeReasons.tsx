import './scope.css';

import { useId } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeResult } from '../../model/scope/evaluate';
import { explainScope } from '../../model/scope/explain';

import { useFeatureT } from './featureStrings';
import { hasAnswers } from './hasAnswers';
import { scopeStrings } from './strings';

interface ScopeReasonsProps {
  index: GraphIndex;
  /** `evaluateScope(index, answers)` for the answers in the URL. */
  result: ScopeResult;
  nodeId: string;
}

/**
 * For the details panel: why the node is in scope, a supplier's or hidden by the scope. Nothing while no question
 * is answered, or for nodes the scope does not decide (groups of controls that relate to no threat).
 */
export function ScopeReasons({ index, result, nodeId }: ScopeReasonsProps) {
  const { t, lang } = useFeatureT(scopeStrings);
  const id = useId();
  if (!hasAnswers(result.answers)) return null;
  const lines = explainScope(index, result, nodeId);
  if (lines.length === 0) return null;
  return (
    <section className="scope-explanation" aria-labelledby={id} data-testid="scope-explanation">
      <h3 id={id}>{t('explanation')}</h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line[lang]}</li>
        ))}
      </ul>
    </section>
  );
}
