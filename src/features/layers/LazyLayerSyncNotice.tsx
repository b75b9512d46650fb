import { lazy, Suspense } from 'react';

import { useLayers } from './layerStoreContext';

const LayerSyncNotice = lazy(() =>
  import('./LayerSyncNotice').then((module) => ({ default: module.LayerSyncNotice })),
);

/** What another tab changed in the saved layers, loaded only when it has. */
export function LazyLayerSyncNotice() {
  const sync = useLayers((state) => state.sync);
  if (!sync) return null;
  return (
    <Suspense fallback={null}>
      <LayerSyncNotice />
    </Suspense>
  );
}
