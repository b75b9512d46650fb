/**
 * The scope questions' ids and answers, without their wording: what the URL, files and storage need to check
 * answers (`questions.ts` holds the questionnaire).
 */

const YES_NO = ['y', 'n'] as const;
const HOSTING = ['self', 'provider'] as const;

/** Every question with its answers; the order is the questionnaire's and the URL's canonical order. */
export const ANSWER_OPTIONS = {
  train: YES_NO,
  host: HOSTING,
  genai: YES_NO,
  llm: YES_NO,
  rag: YES_NO,
  agentic: YES_NO,
  datasens: YES_NO,
  member: YES_NO,
  inputsens: YES_NO,
} as const;

export type QuestionId = keyof typeof ANSWER_OPTIONS;
export type AnswerOf<Q extends QuestionId> = (typeof ANSWER_OPTIONS)[Q][number];

/** The answers given so far. A question without an answer rules nothing out. */
export type ScopeAnswers = { readonly [Q in QuestionId]?: AnswerOf<Q> };

export const QUESTION_IDS = Object.keys(ANSWER_OPTIONS) as readonly QuestionId[];

/** Whether `answers` gives every answer `condition` names; used by rules and follow-up questions. */
export function answersMatch(answers: ScopeAnswers, condition: ScopeAnswers): boolean {
  return QUESTION_IDS.every((id) => condition[id] === undefined || answers[id] === condition[id]);
}

export function isAnswer<Q extends QuestionId>(question: Q, value: string): value is AnswerOf<Q> {
  return (ANSWER_OPTIONS[question] as readonly string[]).includes(value);
}

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(ANSWER_OPTIONS, value);
}

/** Only the valid answers, in questionnaire order (what files, storage and the URL keep). */
export function normalizeAnswers(answers: ScopeAnswers): ScopeAnswers {
  const kept: Partial<Record<QuestionId, string>> = {};
  for (const id of QUESTION_IDS) {
    const answer = answers[id];
    if (answer !== undefined && isAnswer(id, answer)) kept[id] = answer;
  }
  return kept as ScopeAnswers;
}
