import type { ScopeStatus } from '../../model/scope/rules';

import { useFeatureT } from './featureStrings';
import { scopeStrings } from './strings';

/** Text first, a symbol beside it: the colour of the label is never the only sign of the status. */
export const SCOPE_SYMBOLS: Readonly<Record<ScopeStatus, string>> = {
  'in-scope': '●',
  supplier: '◐',
  'out-of-scope': '○',
};

export function ScopeStatusLabel({ status }: { status: ScopeStatus }) {
  const { t } = useFeatureT(scopeStrings);
  return (
    <span className={`scope-status scope-status--${status}`}>
      <span aria-hidden="true">{SCOPE_SYMBOLS[status]} </span>
      {t(`status.${status}`)}
    </span>
  );
}
