import { useTranslation } from 'react-i18next';

import type { VisibleSubgraph } from '../../model/visibility';

/** "Showing 12 of 35 threats and 20 of 58 controls", announced when it changes. */
export function CountLine({ visible }: { visible: VisibleSubgraph }) {
  const { t } = useTranslation();
  return (
    <p className="count-line" role="status" data-testid="count-line">
      {t('filters.count', {
        shownThreats: visible.threats.shown,
        totalThreats: visible.threats.total,
        shownControls: visible.controls.shown,
        totalControls: visible.controls.total,
      })}
    </p>
  );
}
