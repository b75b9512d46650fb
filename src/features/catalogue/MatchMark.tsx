import { useTranslation } from 'react-i18next';

/** Says in words that an item matches the search; the item is also marked visibly (`.is-match`). */
export function MatchMark() {
  const { t } = useTranslation();
  return (
    <span className="match-mark">
      <span aria-hidden="true">★</span>
      <span className="visually-hidden">({t('catalogue.matchesSearch')})</span>
    </span>
  );
}
