import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { dropPagePicture } from '../features/graph/pagePicture';

/** Shown when the data set cannot be fetched or does not validate; lists each problem with its path. */
export function DataErrorScreen({ errors, onRetry }: { errors: readonly string[]; onRetry(): void }) {
  const { t } = useTranslation();
  // No graph will take the place of the picture index.html brought.
  useLayoutEffect(dropPagePicture, []);
  return (
    <main className="screen screen--error">
      <div role="alert">
        <h1>{t('dataError.heading')}</h1>
        <p>{t('dataError.intro')}</p>
      </div>
      <ul className="error-list">
        {errors.map((error, i) => (
          <li key={i}>
            <code>{error}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onRetry}>
        {t('dataError.retry')}
      </button>
    </main>
  );
}
