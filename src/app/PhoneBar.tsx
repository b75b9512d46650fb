import { useTranslation } from 'react-i18next';

import type { ViewId } from '../model/views';

import { PART_IDS } from './usePageParts';

interface PhoneBarProps {
  view: ViewId;
  filtersOpen: boolean;
  detailsOpen: boolean;
  /** How many filter groups narrow the view. */
  activeFilters: number;
  onView(): void;
  onFilters(): void;
  onList(): void;
  onDetails(): void;
}

/**
 * Along the bottom of a phone's screen: back to the view (the graph, or the reading view), the filter sheet with
 * the search, the list of shown nodes under the graph, and the details sheet. The sheets' buttons say whether they
 * are open.
 */
export function PhoneBar({ view, filtersOpen, detailsOpen, activeFilters, ...on }: PhoneBarProps) {
  const { t } = useTranslation();
  const onView = !filtersOpen && !detailsOpen;
  return (
    <nav className="phone-bar" aria-label={t('phoneBar.label')}>
      <button type="button" className={onView ? 'is-on' : undefined} onClick={on.onView}>
        {view === 'graph' ? t('phoneBar.graph') : t(`views.${view}`)}
      </button>
      <button
        type="button"
        id={PART_IDS.barButton}
        className={filtersOpen ? 'is-on' : undefined}
        aria-expanded={filtersOpen}
        aria-controls={PART_IDS.filters}
        onClick={on.onFilters}
      >
        {t('phoneBar.filters')}
        {activeFilters > 0 && <span className="phone-bar__count"> ({activeFilters})</span>}
      </button>
      {view === 'graph' && (
        <button type="button" onClick={on.onList}>
          {t('phoneBar.list')}
        </button>
      )}
      <button
        type="button"
        className={detailsOpen ? 'is-on' : undefined}
        aria-expanded={detailsOpen}
        aria-controls={PART_IDS.details}
        onClick={on.onDetails}
      >
        {t('phoneBar.details')}
      </button>
    </nav>
  );
}
