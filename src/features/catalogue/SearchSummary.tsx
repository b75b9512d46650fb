import { useTranslation } from 'react-i18next';

import { useViewStore } from '../../state/viewStore';

/** "3 match the search “poison”", while there is search text. */
export function SearchSummary({ count }: { count: number }) {
  const { t } = useTranslation();
  const q = useViewStore((state) => state.view.q).trim();
  if (q === '') return null;
  return (
    <span className="search-summary">
      <span aria-hidden="true">★ </span>
      {t('catalogue.searchMatches', { count, q })}
    </span>
  );
}
