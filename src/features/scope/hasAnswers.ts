import type { ScopeAnswers } from '../../model/scope/questions';

/** Whether any scope question is answered; without answers the scope rules nothing out. */
export function hasAnswers(answers: ScopeAnswers): boolean {
  return Object.values(answers).some((value) => value !== undefined);
}
