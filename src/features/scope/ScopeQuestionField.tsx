import { useId } from 'react';

import type { AnswerOf, QuestionId, ScopeQuestion } from '../../model/scope/questions';

import { useFeatureT } from './featureStrings';
import { scopeStrings } from './strings';

interface ScopeQuestionFieldProps {
  question: ScopeQuestion;
  value: AnswerOf<QuestionId> | undefined;
  /** `undefined` withdraws the answer ("not sure"). */
  onAnswer(value: AnswerOf<QuestionId> | undefined): void;
}

/** One question as a radio group: its answers and "not sure", with the line on why it matters. */
export function ScopeQuestionField({ question, value, onAnswer }: ScopeQuestionFieldProps) {
  const { t, lang } = useFeatureT(scopeStrings);
  const id = useId();
  const choices = [
    ...question.options.map((option) => ({ value: option.value, label: option.label[lang] })),
    { value: undefined, label: t('notSure') },
  ];
  return (
    <fieldset className="scope-question" aria-describedby={`${id}-why`}>
      <legend>{question.text[lang]}</legend>
      <p id={`${id}-why`} className="hint scope-question__why">
        <span className="scope-question__why-label">{t('whyLabel')}</span> {question.why[lang]}
        {question.askWhen && <> {t('followUp')}</>}
      </p>
      <div className="scope-question__choices">
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value ?? 'unanswered'}`;
          return (
            <div key={inputId} className="scope-question__choice">
              <input
                type="radio"
                id={inputId}
                name={id}
                checked={value === choice.value}
                onChange={() => onAnswer(choice.value)}
              />
              <label htmlFor={inputId}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
