import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { dropFirstPicture } from './firstPicture';

/** The band index.html shows before the scripts run, and what is being loaded. */
export function LoadingScreen() {
  const { t } = useTranslation();
  // The picture index.html brings stays over this screen; whatever replaces the screen replaces it too, in the same
  // frame (on the graph view, the graph's own picture).
  useLayoutEffect(() => dropFirstPicture, []);
  return (
    <>
      <div className="boot-band" aria-hidden="true" />
      <main className="screen" aria-busy="true">
        <p role="status">{t('loading')}</p>
      </main>
    </>
  );
}
