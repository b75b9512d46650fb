import { isAnswer, isQuestionId, QUESTION_IDS, type QuestionId, type ScopeAnswers } from './answerOptions';

/**
 * The `scope` URL parameter: the answers as `question:answer` pairs, comma-separated, in questionnaire order,
 * e.g. `scope=train:n,host:provider,genai:y,llm:y,rag:y`. Unanswered questions are left out; with no answers the
 * parameter is left out. Parsing never throws: unknown questions, unknown answers, repeats and overlong values
 * are dropped with a notice; the first answer to a question counts.
 */

export const SCOPE_PARAM = 'scope';
/** Far above the longest canonical value (about 90 characters); longer values are cut before parsing. */
export const MAX_SCOPE_PARAM_LENGTH = 300;
const MAX_NOTICES = 3;
const MAX_QUOTED_LENGTH = 40;

export type ScopeNotice =
  | { kind: 'unknown-question'; param: typeof SCOPE_PARAM; value: string }
  | { kind: 'invalid-answer'; param: typeof SCOPE_PARAM; value: string }
  | { kind: 'repeated-question'; param: typeof SCOPE_PARAM; value: string }
  | { kind: 'too-long'; param: typeof SCOPE_PARAM; limit: number };

export interface ParsedScope {
  answers: ScopeAnswers;
  notices: ScopeNotice[];
}

export function parseScopeParam(value: string | null): ParsedScope {
  const notices: ScopeNotice[] = [];
  const notice = (item: ScopeNotice) => {
    if (notices.length < MAX_NOTICES) notices.push(item);
  };
  let raw = value ?? '';
  if (raw.length > MAX_SCOPE_PARAM_LENGTH) {
    raw = raw.slice(0, MAX_SCOPE_PARAM_LENGTH);
    notice({ kind: 'too-long', param: SCOPE_PARAM, limit: MAX_SCOPE_PARAM_LENGTH });
  }

  const answers: Partial<Record<QuestionId, string>> = {};
  for (const piece of raw.split(',')) {
    const pair = piece.trim().toLowerCase();
    if (pair === '') continue;
    const colon = pair.indexOf(':');
    const question = (colon < 0 ? pair : pair.slice(0, colon)).trim();
    const answer = colon < 0 ? '' : pair.slice(colon + 1).trim();
    if (!isQuestionId(question)) {
      notice({ kind: 'unknown-question', param: SCOPE_PARAM, value: quote(question) });
    } else if (!isAnswer(question, answer)) {
      notice({ kind: 'invalid-answer', param: SCOPE_PARAM, value: quote(pair) });
    } else if (answers[question] !== undefined) {
      notice({ kind: 'repeated-question', param: SCOPE_PARAM, value: question });
    } else {
      answers[question] = answer;
    }
  }
  return { answers: answers as ScopeAnswers, notices };
}

/** The parameter's value, or null when nothing is answered (then the parameter is left out). */
export function serializeScopeParam(answers: ScopeAnswers): string | null {
  const pairs = QUESTION_IDS.flatMap((question) => {
    const answer = answers[question];
    return answer !== undefined && isAnswer(question, answer) ? [`${question}:${answer}`] : [];
  });
  return pairs.length > 0 ? pairs.join(',') : null;
}

function quote(value: string): string {
  const points = Array.from(value);
  return points.length > MAX_QUOTED_LENGTH ? `${points.slice(0, MAX_QUOTED_LENGTH).join('')}…` : value;
}
