import { create } from 'zustand';

import type { AttackOverlay } from '../model/attackLayers/matchAttackLayer';

/**
 * The ATLAS Navigator layer shown over the data (docs/layer-format.md, "ATT&CK Navigator layers"). Kept apart from
 * the annotation layers, which it never changes, and in memory only: a layer is a file the user opened, not a view
 * a link could carry, and it goes with the page.
 */
export interface AtlasOverlayStore {
  overlay: AttackOverlay | null;
  /** The file it was read from. */
  source: string | null;
  show(overlay: AttackOverlay, source: string): void;
  clear(): void;
}

export const useAtlasOverlayStore = create<AtlasOverlayStore>()((set) => ({
  overlay: null,
  source: null,
  show: (overlay, source) => set({ overlay, source }),
  clear: () => set({ overlay: null, source: null }),
}));
