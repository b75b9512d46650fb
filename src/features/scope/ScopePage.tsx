import './scope.css';

import { useEffect, useId, useMemo } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { evaluateScope } from '../../model/scope/evaluate';
import { isQuestionAsked, QUESTIONS, type ScopeAnswers } from '../../model/scope/questions';

import { withAnswer } from './answers';
import { AppliedRules } from './AppliedRules';
import { useFeatureT } from './featureStrings';
import { hasAnswers } from './hasAnswers';
import { ScopeQuestionField } from './ScopeQuestionField';
import { ScopeResultSummary } from './ScopeResultSummary';
import { type ScopeSection, scopeSectionId } from './scopeSections';
import { scopeStrings } from './strings';

export interface ScopePageProps {
  index: GraphIndex;
  /** The answers given so far (from the URL). */
  answers: ScopeAnswers;
  /** Called with the whole new set of answers after each change. */
  onChange(answers: ScopeAnswers): void;
  /** Selects a listed threat; without it the threats are listed as text. */
  onSelect?(id: string): void;
  /** Id of the page heading, for a skip link or focus after navigation. */
  headingId?: string;
  /** The part of the result to move focus to on opening (a link from what the scope sets aside). */
  focusSection?: ScopeSection | null;
}

/**
 * "Scope my system": the questionnaire, then which threats are in scope, a supplier's or out of scope, with the
 * reasons and the rules applied. Follow-up questions appear once the answer they depend on is given.
 */
export function ScopePage({ index, answers, onChange, onSelect, headingId, focusSection }: ScopePageProps) {
  const { t } = useFeatureT(scopeStrings);
  const ownId = useId();
  const id = headingId ?? `${ownId}-heading`;
  const result = useMemo(() => evaluateScope(index, answers), [index, answers]);
  useEffect(() => {
    if (focusSection) document.getElementById(scopeSectionId(focusSection))?.focus();
  }, [focusSection]);

  return (
    <section className="scope-page" aria-labelledby={id}>
      <header className="scope-page__header">
        <h2 id={id} tabIndex={-1}>
          {t('heading')}
        </h2>
        <p className="scope-page__intro">{t('intro')}</p>
      </header>
      <form className="scope-form" aria-label={t('questions')} onSubmit={(event) => event.preventDefault()}>
        {QUESTIONS.filter((question) => isQuestionAsked(question, answers)).map((question) => (
          <ScopeQuestionField
            key={question.id}
            question={question}
            value={answers[question.id]}
            onAnswer={(value) => onChange(withAnswer(answers, question.id, value))}
          />
        ))}
        <button type="button" className="button" disabled={!hasAnswers(answers)} onClick={() => onChange({})}>
          {t('reset')}
        </button>
      </form>
      <ScopeResultSummary index={index} result={result} onSelect={onSelect} />
      <AppliedRules rules={result.matchedRules} />
    </section>
  );
}
