import { lazy, Suspense } from 'react';

import { useLayers } from './layerStoreContext';

const UnreadableStoreBanner = lazy(() =>
  import('./UnreadableStoreBanner').then((module) => ({ default: module.UnreadableStoreBanner })),
);

const now = () => new Date();

/** The report of saved layers that cannot be read, loaded only when there is one. */
export function LazyUnreadableStoreBanner() {
  const unreadable = useLayers((state) => state.unreadable);
  if (!unreadable) return null;
  return (
    <Suspense fallback={null}>
      <UnreadableStoreBanner now={now} />
    </Suspense>
  );
}
