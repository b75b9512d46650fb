import * as z from 'zod/mini';

import { ANSWER_OPTIONS, type ScopeAnswers } from './answerOptions';

const answer = <T extends readonly [string, ...string[]]>(options: T) => z.optional(z.enum(options));

/** Scope answers inside files and storage (a layer records the system it describes). */
export const scopeAnswersSchema: z.ZodMiniType<ScopeAnswers> = z.strictObject({
  train: answer(ANSWER_OPTIONS.train),
  host: answer(ANSWER_OPTIONS.host),
  genai: answer(ANSWER_OPTIONS.genai),
  llm: answer(ANSWER_OPTIONS.llm),
  rag: answer(ANSWER_OPTIONS.rag),
  agentic: answer(ANSWER_OPTIONS.agentic),
  datasens: answer(ANSWER_OPTIONS.datasens),
  member: answer(ANSWER_OPTIONS.member),
  inputsens: answer(ANSWER_OPTIONS.inputsens),
});
