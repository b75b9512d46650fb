import { type ComponentProps, lazy, Suspense } from 'react';

import { hasAnswers } from './hasAnswers';
import type { ScopeReasons } from './ScopeReasons';

// The explanations and their wording load with the first answered question, not with the first view.
const Reasons = lazy(() => import('./ScopeReasons').then((module) => ({ default: module.ScopeReasons })));

/** For the details panel: why the node is in or out of scope (`ScopeReasons`). Nothing while no question is answered. */
export function ScopeExplanation(props: ComponentProps<typeof ScopeReasons>) {
  if (!hasAnswers(props.result.answers)) return null;
  return (
    <Suspense fallback={null}>
      <Reasons {...props} />
    </Suspense>
  );
}
