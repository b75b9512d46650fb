import {
  type AnswerOf,
  isQuestionAsked,
  normalizeAnswers,
  type QuestionId,
  QUESTIONS,
  type ScopeAnswers,
} from '../../model/scope/questions';

/**
 * The answers with one question answered (or its answer withdrawn, with `undefined`). Answers to follow-up
 * questions that are no longer asked are dropped, so the URL never carries an answer the form does not show.
 */
export function withAnswer<Q extends QuestionId>(
  answers: ScopeAnswers,
  question: Q,
  value: AnswerOf<Q> | undefined,
): ScopeAnswers {
  let next: Partial<Record<QuestionId, string>> = { ...answers, [question]: value };
  for (;;) {
    const dropped = QUESTIONS.filter(
      (item) => next[item.id] !== undefined && !isQuestionAsked(item, next as ScopeAnswers),
    );
    if (dropped.length === 0) break;
    next = { ...next };
    for (const item of dropped) delete next[item.id];
  }
  return normalizeAnswers(next as ScopeAnswers);
}
