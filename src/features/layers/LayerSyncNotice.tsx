import { useFeatureT } from '../scope/featureStrings';

import { useLayers } from './layerStoreContext';
import { layerStrings } from './strings';

/** Names in quotes, joined: “A”, “B”. */
const quoted = (names: readonly string[]) => names.map((name) => `“${name}”`).join(', ');

/**
 * What another tab did to the saved layers, as this tab took it in (docs/layer-format.md, "Two tabs"): the view
 * changed under the user's eyes, and says so; a layer both tabs changed has a conflicting copy, and says which.
 */
export function LayerSyncNotice() {
  const { t } = useFeatureT(layerStrings);
  const sync = useLayers((state) => state.sync);
  const dismiss = useLayers((state) => state.dismissSync);
  if (!sync) return null;
  const { added, changed, removed, copies, kept } = sync;
  const problem = copies.length > 0 || kept.length > 0;
  return (
    <section
      className={problem ? 'notice notice--problem layer-sync' : 'notice layer-sync'}
      role={problem ? 'alert' : 'status'}
      data-testid="layer-sync"
    >
      <div>
        <p className="notice__heading">{t('sync.heading')}</p>
        <ul>
          {added.length > 0 && <li>{t('sync.added', { names: quoted(added) })}</li>}
          {changed.length > 0 && <li>{t('sync.changed', { names: quoted(changed) })}</li>}
          {removed.length > 0 && <li>{t('sync.removed', { names: quoted(removed) })}</li>}
          {copies.map(({ name, copy }) => (
            <li key={copy}>{t('sync.copy', { name, copy })}</li>
          ))}
          {kept.length > 0 && <li>{t('sync.kept', { names: quoted(kept) })}</li>}
        </ul>
      </div>
      <div className="notice__actions">
        <button type="button" className="button" onClick={dismiss}>
          {t('sync.dismiss')}
        </button>
      </div>
    </section>
  );
}
