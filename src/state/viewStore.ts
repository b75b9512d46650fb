import { create } from 'zustand';

import type { LlmEdition } from '../model/editions';
import {
  clearFamilies,
  DEFAULT_FILTERS,
  type FilterFamily,
  type Filters,
  toggleValue,
} from '../model/filters';
import type { FrameworkLens } from '../model/frameworks/lensParam';
import type { GeneralFold } from '../model/graphPicture';
import type { RoleId } from '../model/roles/roleTypes';
import type { ScopeAnswers } from '../model/scope/questions';
import { parseViewState, sameView, serializeViewState, type UrlNotice } from '../model/url';
import { DEFAULT_VIEW, type GraphRelations, type ViewState, withSelection } from '../model/viewState';
import {
  CONTROL_TYPES,
  type ControlType,
  type Impact,
  IMPACTS,
  type Language,
  type Lifecycle,
  LIFECYCLES,
} from '../model/vocabulary';

import type { AddressWrites } from './addressWrites';

interface ViewStore {
  view: ViewState;
  /** Why parts of the opened URL were ignored, until dismissed. */
  notices: UrlNotice[];
  /** Whether `view` has been read from the URL at least once. */
  synced: boolean;
  /** How the view reaches the address bar; registered by the page while it shows the view. */
  address: AddressWrites | null;

  setAddressWrites(address: AddressWrites | null): void;
  /** Writes a held-back address update now, so the address bar shows the view (before it is copied or shared). */
  flushAddress(): void;
  /** Reads the URL into the view; returns its canonical form, which the caller puts in the address bar. */
  syncFromUrl(
    search: string,
    isKnownNode: (id: string) => boolean,
    renamedNode?: (id: string) => string | undefined,
  ): string;

  /** Selection pushes a history entry, so back and forward walk through selections. An LLM item of another
   * edition switches the edition shown. */
  select(id: string | null): void;
  /**
   * Shows another LLM Top 10 edition; `node` is what is selected then (the counterpart in that edition of a
   * selected LLM item, or nothing). Replaces the entry, like the filters.
   */
  setEdition(edition: LlmEdition, node: string | null): void;
  toggleLifecycle(value: Lifecycle): void;
  toggleImpact(value: Impact): void;
  toggleControlType(value: ControlType): void;
  setGeneral(shown: boolean): void;
  /** Lists or folds the general controls in the graph. */
  setFold(fold: GeneralFold): void;
  setRelations(relations: GraphRelations): void;
  clearFilters(): void;
  /** Back to their default: the filters that hide the selected node, say. */
  clearFilterFamilies(families: readonly FilterFamily[]): void;
  setQuery(q: string): void;
  setLanguage(lang: Language): void;
  /** Scope answers, role and the shared-layer address replace the entry, like the filters. */
  setScope(answers: ScopeAnswers): void;
  setRole(role: RoleId | null): void;
  /** Chooses or clears the framework lens; replaces the entry, like the role. */
  setFramework(lens: FrameworkLens | null): void;
  /** Drops `layer=` once the shared layer has been added or declined. */
  clearSharedLayer(): void;
  dismissNotices(): void;
}

export const useViewStore = create<ViewStore>()((set, get) => {
  /** The state changes at once (inputs stay responsive); the URL follows. */
  const commit = (next: ViewState, replace: boolean) => {
    if (sameView(next, get().view)) return;
    set({ view: next });
    get().address?.navigate(serializeViewState(next), { replace });
  };
  const updateFilters = (update: (filters: Filters) => Filters) => {
    const { view } = get();
    commit({ ...view, filters: update(view.filters) }, true);
  };

  return {
    view: DEFAULT_VIEW,
    notices: [],
    synced: false,
    address: null,

    setAddressWrites: (address) => set({ address }),
    flushAddress: () => get().address?.flush(),
    syncFromUrl(search, isKnownNode, renamedNode) {
      const { state, notices } = parseViewState(search, { isKnownNode, renamedNode });
      const current = get();
      set({
        synced: true,
        ...(sameView(state, current.view) ? {} : { view: state }),
        ...(notices.length > 0 ? { notices } : {}),
      });
      return serializeViewState(state);
    },

    select: (id) => commit(withSelection(get().view, id), false),
    setEdition: (edition, node) => {
      const view = get().view;
      commit({ ...view, node, filters: { ...view.filters, edition } }, true);
    },
    toggleLifecycle: (value) =>
      updateFilters((f) => ({ ...f, lifecycle: toggleValue(LIFECYCLES, f.lifecycle, value) })),
    toggleImpact: (value) => updateFilters((f) => ({ ...f, impact: toggleValue(IMPACTS, f.impact, value) })),
    toggleControlType: (value) =>
      updateFilters((f) => ({ ...f, type: toggleValue(CONTROL_TYPES, f.type, value) })),
    setGeneral: (general) => updateFilters((f) => ({ ...f, general })),
    setFold: (fold) => commit({ ...get().view, fold }, true),
    setRelations: (relations) => commit({ ...get().view, relations }, true),
    // The edition shown is a choice of list, which clearing the filters leaves alone.
    clearFilters: () => updateFilters((f) => ({ ...DEFAULT_FILTERS, edition: f.edition })),
    clearFilterFamilies: (families) => updateFilters((f) => clearFamilies(f, families)),
    setQuery: (q) => commit({ ...get().view, q }, true),
    setLanguage: (lang) => {
      commit({ ...get().view, lang }, true);
      // The page's language follows the address (RootLayout): written at once, the whole page switches together.
      get().address?.flush();
    },
    setScope: (scope) => commit({ ...get().view, scope }, true),
    setRole: (role) => commit({ ...get().view, role }, true),
    setFramework: (framework) => commit({ ...get().view, framework }, true),
    clearSharedLayer: () => commit({ ...get().view, layer: null }, true),
    dismissNotices: () => set({ notices: [] }),
  };
});

/** Back to the state before any URL was read; for tests. */
export function resetViewStore() {
  useViewStore.setState({ view: DEFAULT_VIEW, notices: [], synced: false, address: null });
}
