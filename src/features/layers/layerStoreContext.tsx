import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { getAppLayerStore, type LayerStore, type LayerStoreApi } from '../../state/layerStore';

const LayerStoreContext = createContext<LayerStoreApi | null>(null);

/** Gives the components below a layer store of their own (tests, previews); without it they use the app's. */
export function LayerStoreProvider({ store, children }: { store: LayerStoreApi; children: ReactNode }) {
  return <LayerStoreContext.Provider value={store}>{children}</LayerStoreContext.Provider>;
}

export function useLayerStoreApi(): LayerStoreApi {
  return useContext(LayerStoreContext) ?? getAppLayerStore();
}

/** A slice of the layer store; the component renders again when it changes. */
export function useLayers<T>(selector: (state: LayerStore) => T): T {
  return useStore(useLayerStoreApi(), selector);
}
