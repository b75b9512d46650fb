import { createStore, type StoreApi } from 'zustand/vanilla';

import {
  createLayer,
  renameLayer,
  setControlAnnotation,
  setLayerScope,
  setThreatAnnotation,
} from '../model/layers/editLayer';
import {
  type LayerStoreState,
  parseStore,
  serializeStore,
  STORE_KEY,
  STORE_VERSION,
  type StoredLayer,
  type StoreWarning,
} from '../model/layers/layerStore';
import { freshId, mergeLayers, type MergeResult, sameLayer } from '../model/layers/mergeLayers';
import {
  type ControlAnnotation,
  type Layer,
  layerSchema,
  type ThreatAnnotation,
} from '../model/layers/schema';
import type { ScopeAnswers } from '../model/scope/questions';
import { formatIssues } from '../model/zodIssues';

/** Where the layers are kept: `localStorage` in the app, a stand-in in tests. */
export type LayerStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LayerStoreOptions {
  /** Default: the browser's localStorage (none when the browser refuses access). */
  storage?: LayerStorage | null;
  /** The time written into `created` and `modified`; default: now. */
  now?: () => string;
  /**
   * Calls `changed` whenever another tab may have written the store; returns how to stop. Default, with the
   * browser's localStorage: the window's `storage` event, and the tab coming back into view (in case an event
   * was missed). With another storage: nothing (tests call `syncFromStorage`).
   */
  watch?: ((changed: () => void) => () => void) | null;
}

/** What another tab did to the saved layers, as this tab took it in; for a notice until dismissed. */
export interface SyncNote {
  /** Names of layers another tab added, changed or deleted. */
  added: readonly string[];
  changed: readonly string[];
  removed: readonly string[];
  /** Layers both tabs changed: the newer kept under its name, the other kept as `copy`. */
  copies: readonly { name: string; copy: string }[];
  /** Layers one tab deleted while the other changed them: kept, with the change. */
  kept: readonly string[];
}

/** What the first annotation of a session creates when no layer is active. */
export interface NewLayer {
  name: string;
  /** `upstream[0].commit` of the loaded data set. */
  dataVersion: string;
  scope?: ScopeAnswers;
}

export interface UnreadableStore {
  /** The saved text, exactly as found, for the user to export. */
  raw: string;
  /** What is wrong with it, one problem a line, each naming its path. */
  error: string;
}

export interface LayerStore {
  layers: readonly StoredLayer[];
  activeId: string | null;
  /**
   * The saved layers could not be read. The store then holds the layers that could be recovered, and nothing is
   * written over the saved text until the user calls `overwriteUnreadable` (after exporting it, if they wish).
   */
  unreadable: UnreadableStore | null;
  /** Notes from reading the saved layers: migrations, a dangling active layer. */
  warnings: readonly StoreWarning[];
  /**
   * Why the last change was not saved: storage full or disabled, or a change that would make a layer invalid
   * (refused, so that the saved layers always stay readable). Null once a change is saved.
   */
  saveError: string | null;
  /**
   * What the last merge with another tab's changes did (docs/layer-format.md, "Two tabs"), or null: this tab's
   * view then says that it changed, and why a layer has a conflicting copy.
   */
  sync: SyncNote | null;

  /** Reads what other tabs have saved and takes it in (merged with this tab's layers). */
  syncFromStorage(): void;
  dismissSync(): void;
  /** Adds an empty layer, makes it active and returns its id (null when refused, see `saveError`). */
  createLayer(layer: NewLayer): string | null;
  /** Adds a complete layer (an import), makes it active and returns its id (null when refused). */
  addLayer(layer: Layer): string | null;
  /** Puts `layer` in place of the layer `id` (an import the user confirmed). */
  replaceLayer(id: string, layer: Layer): void;
  renameLayer(id: string, name: string): void;
  deleteLayer(id: string): void;
  setActive(id: string | null): void;
  setLayerScope(id: string, answers: ScopeAnswers): void;
  /** Annotates a control in the active layer; with no active layer, `newLayer` is created first. */
  setControlAnnotation(controlId: string, annotation: ControlAnnotation | null, newLayer: NewLayer): void;
  /** Rates a threat in the active layer; with no active layer, `newLayer` is created first. */
  setThreatAnnotation(threatId: string, annotation: ThreatAnnotation | null, newLayer: NewLayer): void;
  /** Gives up the unreadable saved text: the layers now in the store are saved in its place. */
  overwriteUnreadable(): void;
}

export type LayerStoreApi = StoreApi<LayerStore>;

/** The layer shown and edited, or null. */
export function selectActiveLayer(state: Pick<LayerStore, 'layers' | 'activeId'>): Layer | null {
  return state.layers.find((entry) => entry.id === state.activeId)?.layer ?? null;
}

/**
 * The annotation layers, read from storage when the store is created and written back after every change. Other
 * tabs write the same storage: every write merges with what is stored at that moment (`mergeLayers`: per layer,
 * the newer change wins and the other is kept as a copy), and the store follows what other tabs write (`watch`).
 * A saved text that cannot be read is kept as it is (see `unreadable`); a storage that refuses to save is
 * reported in `saveError` and the layers stay in memory.
 */
export function createLayerStore(options: LayerStoreOptions = {}): LayerStoreApi {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const now = options.now ?? (() => new Date().toISOString());
  const loaded = load(storage);
  // What this tab last read from or wrote to storage: the common ancestor of a merge.
  let base: readonly StoredLayer[] = loaded.state.layers;
  let lastRaw: string | null = loaded.raw;

  const store = createStore<LayerStore>()((set, get) => {
    /** The stored text now, or undefined when the storage refuses to be read. */
    const readRaw = (): string | null | undefined => {
      try {
        return storage?.getItem(STORE_KEY) ?? null;
      } catch {
        return undefined;
      }
    };
    /** This tab's active layer, if the merged layers still have it. */
    const keepActive = (layers: readonly StoredLayer[]) => {
      const { activeId } = get();
      return activeId !== null && layers.some((entry) => entry.id === activeId) ? activeId : null;
    };
    const noteOf = (merged: MergeResult): SyncNote | null => {
      const { added, changed, removed } = merged.fromOther;
      const empty =
        added.length + changed.length + removed.length + merged.copies.length + merged.kept.length === 0;
      return empty ? get().sync : { added, changed, removed, copies: merged.copies, kept: merged.kept };
    };

    const persist = () => {
      const { layers, unreadable } = get();
      if (unreadable || !storage) return;
      // Another tab may have written since this tab last read: merge with what is stored now.
      let next = layers;
      let sync = get().sync;
      const raw = readRaw();
      if (raw !== undefined && raw !== lastRaw) {
        const parsed = parseStore(raw);
        if (!parsed.ok) {
          // Written by something this tab cannot read (a newer version of the app, say): never written over.
          set({ unreadable: { raw: parsed.raw, error: parsed.error } });
          return;
        }
        const merged = mergeLayers(base, parsed.state.layers, layers);
        next = merged.layers;
        sync = noteOf(merged);
        const active = get().activeId;
        const move = merged.moved.find((entry) => entry.from === active);
        if (move) set({ activeId: move.to });
      }
      const activeId = keepActive(next);
      const text = serializeStore({ version: STORE_VERSION, activeId, layers: next });
      try {
        storage.setItem(STORE_KEY, text);
        base = next;
        lastRaw = text;
        set({ layers: next, activeId, sync, saveError: null });
      } catch (error) {
        set({
          layers: next,
          activeId,
          sync,
          saveError: error instanceof Error ? error.message : String(error),
        });
      }
    };

    /** Takes in what another tab wrote. Writes only when this tab holds something the store lacks. */
    const follow = () => {
      if (!storage) return;
      const raw = readRaw();
      if (raw === undefined || raw === lastRaw) return;
      const parsed = parseStore(raw);
      if (!parsed.ok) {
        lastRaw = raw;
        set({ unreadable: { raw: parsed.raw, error: parsed.error } });
        return;
      }
      const stored = parsed.state.layers;
      const merged = mergeLayers(base, stored, get().layers);
      base = stored;
      lastRaw = raw;
      set({
        layers: merged.layers,
        activeId: keepActive(merged.layers),
        unreadable: null,
        sync: noteOf(merged),
      });
      const behind =
        merged.layers.length !== stored.length ||
        merged.layers.some(
          (entry, i) => entry.id !== stored[i]!.id || !sameLayer(entry.layer, stored[i]!.layer),
        );
      if (behind) persist();
    };
    const change = (next: Partial<Pick<LayerStore, 'layers' | 'activeId'>>) => {
      set(next);
      persist();
    };
    /** Whether `layer` may be stored; an invalid one would make the whole saved store unreadable. */
    const valid = (layer: Layer): boolean => {
      const result = layerSchema.safeParse(layer);
      if (!result.success) set({ saveError: formatIssues(result.error).join('; ') });
      return result.success;
    };
    const add = (layer: Layer): string | null => {
      if (!valid(layer)) return null;
      // What other tabs saved first, so that the new layer's id is one that no tab uses.
      follow();
      const id = freshId(new Set([...get().layers, ...base].map((entry) => entry.id)));
      change({ layers: [...get().layers, { id, layer }], activeId: id });
      return id;
    };
    const update = (id: string, edit: (layer: Layer) => Layer) => {
      const { layers } = get();
      const current = layers.find((entry) => entry.id === id);
      if (!current) return;
      const next = edit(current.layer);
      if (next === current.layer || !valid(next)) return;
      change({ layers: layers.map((entry) => (entry.id === id ? { id, layer: next } : entry)) });
    };
    const updateActive = (newLayer: NewLayer, edit: (layer: Layer) => Layer) => {
      const active = get().activeId;
      const id =
        active !== null && get().layers.some((entry) => entry.id === active)
          ? active
          : add(createLayer(newLayer.name, newLayer.dataVersion, now(), newLayer.scope));
      if (id !== null) update(id, edit);
    };

    return {
      layers: loaded.state.layers,
      activeId: loaded.state.activeId,
      unreadable: loaded.unreadable,
      warnings: loaded.warnings,
      saveError: null,
      sync: null,

      syncFromStorage: follow,
      dismissSync: () => set({ sync: null }),
      createLayer: ({ name, dataVersion, scope }) => add(createLayer(name, dataVersion, now(), scope)),
      addLayer: add,
      replaceLayer: (id, layer) => update(id, () => layer),
      renameLayer: (id, name) => update(id, (layer) => renameLayer(layer, name, now())),
      deleteLayer(id) {
        const { layers, activeId } = get();
        change({
          layers: layers.filter((entry) => entry.id !== id),
          activeId: activeId === id ? null : activeId,
        });
      },
      setActive(id) {
        if (id !== null && !get().layers.some((entry) => entry.id === id)) return;
        change({ activeId: id });
      },
      setLayerScope: (id, answers) => update(id, (layer) => setLayerScope(layer, answers, now())),
      setControlAnnotation: (controlId, annotation, newLayer) =>
        updateActive(newLayer, (layer) => setControlAnnotation(layer, controlId, annotation, now())),
      setThreatAnnotation: (threatId, annotation, newLayer) =>
        updateActive(newLayer, (layer) => setThreatAnnotation(layer, threatId, annotation, now())),
      overwriteUnreadable() {
        set({ unreadable: null });
        // Written over on purpose, whatever is stored now.
        lastRaw = readRaw() ?? null;
        persist();
      },
    };
  });

  const watch =
    options.watch === undefined ? (options.storage === undefined ? watchOtherTabs : null) : options.watch;
  watch?.(() => store.getState().syncFromStorage());
  return store;
}

/** Another tab wrote the store (the `storage` event), or this tab comes back into view and may have missed it. */
function watchOtherTabs(changed: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORE_KEY || event.key === null) changed();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') changed();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('focus', changed);
  window.addEventListener('pageshow', changed);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('focus', changed);
    window.removeEventListener('pageshow', changed);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

interface Loaded {
  state: LayerStoreState;
  unreadable: UnreadableStore | null;
  warnings: StoreWarning[];
  /** The text read. */
  raw: string | null;
}

function load(storage: LayerStorage | null): Loaded {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(STORE_KEY) ?? null;
  } catch {
    // Storage the browser refuses to read holds nothing of the user's that could be lost.
  }
  const parsed = parseStore(raw);
  if (parsed.ok) return { state: parsed.state, unreadable: null, warnings: parsed.warnings, raw };
  return {
    state: parsed.recovered,
    unreadable: { raw: parsed.raw, error: parsed.error },
    warnings: [],
    raw,
  };
}

function browserStorage(): LayerStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

let appStore: LayerStoreApi | null = null;

/** The app's store, created from localStorage on first use. */
export function getAppLayerStore(): LayerStoreApi {
  appStore ??= createLayerStore();
  return appStore;
}

/** Forgets the app's store, so the next use reads storage again; for tests. */
export function resetAppLayerStore() {
  appStore = null;
}
