import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { ViewId } from '../model/views';

import { PART_IDS } from './usePageParts';

interface SkipLinksProps {
  view: ViewId;
  /** Whether the details can be gone to: over the graph they are there only while a node is selected. */
  details: boolean;
  goTo: { view(): void; filters(): void; details(): void };
}

/**
 * The first stops of the keyboard: to the graph's canvas (or a reading view's content), to the search and filters,
 * and to the details. Each opens its part where it is folded (the filter rail, a phone's sheet) and focuses it,
 * without touching the address: the hash is no part of the view state.
 */
export function SkipLinks({ view, details, goTo }: SkipLinksProps) {
  const { t } = useTranslation();
  const go = (to: () => void) => (event: MouseEvent) => {
    event.preventDefault();
    to();
  };
  return (
    <div className="skip-links">
      <a className="skip-link" href="#main" onClick={go(goTo.view)}>
        {view === 'graph' ? t('app.skipToGraph') : t('app.skipToContent')}
      </a>
      <a className="skip-link" href={`#${PART_IDS.filters}`} onClick={go(goTo.filters)}>
        {t('app.skipToFilters')}
      </a>
      {details && (
        <a className="skip-link" href={`#${PART_IDS.details}`} onClick={go(goTo.details)}>
          {t('app.skipToDetails')}
        </a>
      )}
    </div>
  );
}
