import { useTranslation } from 'react-i18next';

import type { ScopedSubgraph } from '../../model/scope/visibleInScope';
import { useFeatureT } from '../scope/featureStrings';
import { scopeStrings } from '../scope/strings';

/**
 * "Showing 12 of 35 threats and 20 of 58 controls", and how many more the scope answers hide; announced when it
 * changes.
 */
export function CountLine({ visible }: { visible: ScopedSubgraph }) {
  const { t } = useTranslation();
  const { t: tScope } = useFeatureT(scopeStrings);
  const hidden = visible.hiddenByScope.size;
  return (
    <p className="count-line" role="status" data-testid="count-line">
      {t('filters.count', {
        shownThreats: visible.threats.shown,
        totalThreats: visible.threats.total,
        shownControls: visible.controls.shown,
        totalControls: visible.controls.total,
      })}
      {hidden > 0 && ` · ${tScope('hiddenByScope', { count: hidden })}`}
    </p>
  );
}
