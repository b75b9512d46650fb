import { useTranslation } from 'react-i18next';

import { useUpdateStore } from './registerServiceWorker';

/** "A new version is ready — Reload", while a new version of the app waits (src/app/registerServiceWorker.ts). */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const ready = useUpdateStore((state) => state.ready);
  const apply = useUpdateStore((state) => state.apply);
  if (!ready) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <p>{t('update.ready')}</p>
      <button type="button" className="button" onClick={apply}>
        {t('update.reload')}
      </button>
    </div>
  );
}
