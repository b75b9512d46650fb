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
} from '../model/layers/layerStore';
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
  warnings: readonly string[];
  /**
   * Why the last change was not saved: storage full or disabled, or a change that would make a layer invalid
   * (refused, so that the saved layers always stay readable). Null once a change is saved.
   */
  saveError: string | null;

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
 * The annotation layers, read from storage once when the store is created and written back after every change.
 * A saved text that cannot be read is kept as it is (see `unreadable`); a storage that refuses to save is
 * reported in `saveError` and the layers stay in memory.
 */
export function createLayerStore(options: LayerStoreOptions = {}): LayerStoreApi {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const now = options.now ?? (() => new Date().toISOString());
  const loaded = load(storage);

  return createStore<LayerStore>()((set, get) => {
    const persist = () => {
      const { layers, activeId, unreadable } = get();
      if (unreadable || !storage) return;
      const state: LayerStoreState = { version: STORE_VERSION, activeId, layers };
      try {
        storage.setItem(STORE_KEY, serializeStore(state));
        if (get().saveError !== null) set({ saveError: null });
      } catch (error) {
        set({ saveError: error instanceof Error ? error.message : String(error) });
      }
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
      const id = freshId(get().layers);
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
        persist();
      },
    };
  });
}

interface Loaded {
  state: LayerStoreState;
  unreadable: UnreadableStore | null;
  warnings: string[];
}

function load(storage: LayerStorage | null): Loaded {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(STORE_KEY) ?? null;
  } catch {
    // Storage the browser refuses to read holds nothing of the user's that could be lost.
  }
  const parsed = parseStore(raw);
  if (parsed.ok) return { state: parsed.state, unreadable: null, warnings: parsed.warnings };
  return {
    state: parsed.recovered,
    unreadable: { raw: parsed.raw, error: parsed.error },
    warnings: [],
  };
}

function browserStorage(): LayerStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** `layer-1`, `layer-2`, …: the first number no layer of the store uses. */
function freshId(layers: readonly StoredLayer[]): string {
  const taken = new Set(layers.map((entry) => entry.id));
  let n = layers.length + 1;
  while (taken.has(`layer-${n}`)) n++;
  return `layer-${n}`;
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
