import { useTranslation } from 'react-i18next';

import type { ViewId } from '../model/views';

/** What a view shows while its code loads: the empty view with a quiet status line. */
export function ViewFallback({ view }: { view: ViewId }) {
  const { t } = useTranslation();
  return (
    <main className="catalogue" aria-busy="true" aria-label={t(`views.${view}`)}>
      <p role="status" className="hint">
        {t('views.loading')}
      </p>
    </main>
  );
}
