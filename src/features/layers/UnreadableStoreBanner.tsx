import { useState } from 'react';

import { useFeatureT } from '../scope/featureStrings';

import { InlineConfirm } from './InlineConfirm';
import { downloadUnreadableStore } from './layerFile';
import { useLayers } from './layerStoreContext';
import { layerStrings } from './strings';

/** The first problems show what is wrong; the exported file has everything. */
const SHOWN_PROBLEMS = 5;

/**
 * Shown while the saved layers cannot be read: what is wrong, the saved text to export untouched, and the choice
 * to continue with the readable layers (which writes over the saved text, after a confirmation).
 */
export function UnreadableStoreBanner({ now }: { now(): Date }) {
  const { t } = useFeatureT(layerStrings);
  const unreadable = useLayers((state) => state.unreadable);
  const recovered = useLayers((state) => state.layers.length);
  const overwrite = useLayers((state) => state.overwriteUnreadable);
  const [confirming, setConfirming] = useState(false);
  if (!unreadable) return null;
  const problems = unreadable.error.split('\n');
  return (
    <section className="notice notice--problem layer-problem" role="alert" data-testid="unreadable-layers">
      <div>
        <p className="notice__heading">{t('unreadable.heading')}</p>
        <p>{t('unreadable.intro')}</p>
        <ul>
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            <li key={i}>
              <code>{problem}</code>
            </li>
          ))}
          {problems.length > SHOWN_PROBLEMS && <li>…</li>}
        </ul>
        {recovered > 0 && <p>{t('unreadable.recovered', { count: recovered })}</p>}
        <p>{t('unreadable.notSaved')}</p>
      </div>
      <div className="notice__actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadUnreadableStore(unreadable.raw, now())}
        >
          {t('unreadable.exportRaw')}
        </button>
        {confirming ? (
          <InlineConfirm
            message={t('unreadable.overwriteConfirm')}
            confirmLabel={t('unreadable.overwriteYes')}
            cancelLabel={t('manager.cancel')}
            onConfirm={overwrite}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('unreadable.overwrite')}
          </button>
        )}
      </div>
    </section>
  );
}
