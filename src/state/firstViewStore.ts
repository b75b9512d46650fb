import { create } from 'zustand';

/**
 * Whether the first view is on screen: the graph has been drawn, or another view has been shown. What the first
 * view does not need (the details part of the data set, the full list of shown nodes) waits for it, so that it does
 * not compete with the graph's first drawing for the main thread.
 */
interface FirstViewStore {
  shown: boolean;
  markShown(): void;
}

export const useFirstViewStore = create<FirstViewStore>()((set, get) => ({
  shown: false,
  markShown() {
    if (!get().shown) set({ shown: true });
  },
}));

/** Back to a page that has shown nothing yet; for tests. */
export function resetFirstViewStore() {
  useFirstViewStore.setState({ shown: false });
}
