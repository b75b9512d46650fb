import { useTranslation } from 'react-i18next';

/** The band index.html shows before the scripts run, and what is being loaded. */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <>
      <div className="boot-band" aria-hidden="true" />
      <main className="screen" aria-busy="true">
        <p role="status">{t('loading')}</p>
      </main>
    </>
  );
}
