import { describe, expect, it, vi } from 'vitest';

import { createLayer } from '../../src/model/layers/editLayer';
import { parseStore, serializeStore, STORE_KEY } from '../../src/model/layers/layerStore';
import { createLayerStore, type LayerStorage, selectActiveLayer } from '../../src/state/layerStore';

const COMMIT = '5413fde06349cf25d0414a182f86181bc3941929';
const NOW = '2026-09-01T12:00:00.000Z';
const NEW_LAYER = { name: 'My system', dataVersion: COMMIT };

/** localStorage in memory, with the calls recorded. */
function memoryStorage(initial: string | null = null) {
  const items = new Map<string, string>();
  if (initial !== null) items.set(STORE_KEY, initial);
  const storage = {
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
  } satisfies LayerStorage;
  return { storage, saved: () => items.get(STORE_KEY) ?? null };
}

const open = (storage: LayerStorage | null) => createLayerStore({ storage, now: () => NOW });

describe('layer store', () => {
  it('starts empty when nothing is saved', () => {
    const store = open(memoryStorage().storage).getState();
    expect(store.layers).toEqual([]);
    expect(store.activeId).toBeNull();
    expect(store.unreadable).toBeNull();
  });

  it('saves every change, and a store created again from the same storage has the same layers', () => {
    const { storage, saved } = memoryStorage();
    const first = open(storage);
    const id = first.getState().createLayer({ name: 'Chatbot', dataVersion: COMMIT, scope: { genai: 'y' } });
    first.getState().setControlAnnotation('monitoruse', { status: 'implemented', owner: 'SOC' }, NEW_LAYER);
    first.getState().setThreatAnnotation('evasion', { likelihood: 4, impact: 2 }, NEW_LAYER);

    const reread = parseStore(saved());
    expect(reread.ok).toBe(true);
    const second = open(storage).getState();
    expect(second.activeId).toBe(id);
    expect(second.layers).toEqual(first.getState().layers);
    expect(selectActiveLayer(second)).toMatchObject({
      name: 'Chatbot',
      scope: { genai: 'y' },
      controls: { monitoruse: { status: 'implemented', owner: 'SOC' } },
      threats: { evasion: { likelihood: 4, impact: 2 } },
    });
  });

  it('the first annotation without an active layer creates one', () => {
    const store = open(memoryStorage().storage);
    store.getState().setControlAnnotation('monitoruse', { status: 'planned' }, NEW_LAYER);
    const layer = selectActiveLayer(store.getState());
    expect(layer?.name).toBe('My system');
    expect(layer?.controls).toEqual({ monitoruse: { status: 'planned' } });
  });

  it('keeps several layers, switches between them and forgets a deleted one', () => {
    const store = open(memoryStorage().storage);
    const a = store.getState().createLayer({ name: 'A', dataVersion: COMMIT })!;
    const b = store.getState().createLayer({ name: 'B', dataVersion: COMMIT });
    expect(store.getState().activeId).toBe(b);
    store.getState().setActive(a);
    store.getState().renameLayer(a, 'A renamed');
    expect(selectActiveLayer(store.getState())?.name).toBe('A renamed');
    store.getState().deleteLayer(a);
    expect(store.getState().activeId).toBeNull();
    expect(store.getState().layers.map((entry) => entry.id)).toEqual([b]);
    const c = store.getState().createLayer({ name: 'C', dataVersion: COMMIT });
    expect(new Set([b, c]).size).toBe(2);
  });

  it('never writes over saved text it cannot read, until told to', () => {
    const layer = createLayer('Readable', COMMIT, NOW);
    const raw = JSON.stringify({
      version: 1,
      activeId: 'x',
      layers: [
        { id: 'x', layer },
        { id: 'y', layer: { ...layer, controls: { monitoruse: { status: 'done!' } } } },
      ],
    });
    const { storage, saved } = memoryStorage(raw);
    const store = open(storage);
    expect(store.getState().unreadable).toEqual({ raw, error: expect.stringContaining('layers[1].layer') });
    expect(store.getState().layers.map((entry) => entry.layer.name)).toEqual(['Readable']);

    store.getState().setControlAnnotation('monitoruse', { status: 'implemented' }, NEW_LAYER);
    store.getState().createLayer({ name: 'New', dataVersion: COMMIT });
    expect(storage.setItem).not.toHaveBeenCalled();
    expect(saved()).toBe(raw);

    store.getState().overwriteUnreadable();
    expect(store.getState().unreadable).toBeNull();
    const reread = parseStore(saved());
    expect(reread.ok && reread.state.layers.map((entry) => entry.layer.name)).toEqual(['Readable', 'New']);
  });

  it('text that is not JSON at all is kept too', () => {
    const raw = '{"version": 1, "layers": [';
    const { storage, saved } = memoryStorage(raw);
    const store = open(storage);
    expect(store.getState().unreadable?.error).toMatch(/^\(root\): not valid JSON/);
    store.getState().createLayer({ name: 'New', dataVersion: COMMIT });
    expect(saved()).toBe(raw);
  });

  it('reports a storage that refuses to save, and keeps the layers in memory', () => {
    const storage: LayerStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const store = open(storage);
    store.getState().createLayer({ name: 'Kept', dataVersion: COMMIT });
    expect(store.getState().saveError).toMatch(/quota/);
    expect(store.getState().layers).toHaveLength(1);
  });

  it('a storage the browser will not read counts as empty', () => {
    const storage: LayerStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
    };
    expect(open(storage).getState()).toMatchObject({ layers: [], unreadable: null });
    expect(open(null).getState().layers).toEqual([]);
  });

  it('refuses a change that would make a layer invalid, so the saved store stays readable', () => {
    const { storage, saved } = memoryStorage();
    const store = open(storage);
    const id = store.getState().createLayer({ name: 'Valid', dataVersion: COMMIT });
    const before = saved();
    store.getState().renameLayer(id!, 'x'.repeat(201));
    store
      .getState()
      .setControlAnnotation('monitoruse', { status: 'implemented', owner: 'o'.repeat(201) }, NEW_LAYER);
    expect(store.getState().saveError).toMatch(/name|owner/);
    expect(saved()).toBe(before);
    expect(selectActiveLayer(store.getState())?.name).toBe('Valid');
    expect(parseStore(saved()).ok).toBe(true);
    expect(serializeStore({ version: 1, activeId: id, layers: store.getState().layers })).toBe(saved());
  });
});
