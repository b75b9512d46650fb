import { useTranslation } from 'react-i18next';

import type { Top10Entry } from '../../model/top10';

/** How many distinct controls address the item, as a number and a bar relative to the list's highest. */
export function CoverageMeter({ coverage, max }: { coverage: Top10Entry['coverage']; max: number }) {
  const { t } = useTranslation();
  const text =
    coverage.shown === coverage.total
      ? t('top10.coverageAll', { count: coverage.total })
      : t('top10.coverageFiltered', coverage);
  return (
    <div className="coverage">
      <span className="coverage__label">{t('top10.coverage')}:</span>{' '}
      <span className="coverage__value" data-coverage={coverage.shown}>
        {text}
      </span>
      <span className="coverage__bar" aria-hidden="true">
        <span className="coverage__total" style={{ width: `${(100 * coverage.total) / max}%` }} />
        <span className="coverage__shown" style={{ width: `${(100 * coverage.shown) / max}%` }} />
      </span>
    </div>
  );
}
