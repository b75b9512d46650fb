import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseStore, STORE_KEY } from '../../src/model/layers/layerStore';
import type { Layer } from '../../src/model/layers/schema';
import { createLayerStore, type LayerStorage, type LayerStoreApi } from '../../src/state/layerStore';

/**
 * Two tabs, one localStorage: whatever order their changes and the news of each other's changes come in, no layer
 * and no annotation is lost unless a tab removed it while it could see it (docs/layer-format.md, "Two tabs"). Each
 * layer is named by a tag, and each annotation carries a tag in `owner`, so that the test can tell which survived.
 */

const COMMIT = '5413fde06349cf25d0414a182f86181bc3941929';
const CONTROLS = ['monitoruse', 'ratelimit', 'modelaccesscontrol'] as const;

type Tab = 0 | 1;
type Command =
  | { kind: 'create'; tab: Tab }
  | { kind: 'annotate'; tab: Tab; layer: number; control: number; clear: boolean }
  | { kind: 'delete'; tab: Tab; layer: number }
  | { kind: 'rename'; tab: Tab; layer: number }
  | { kind: 'activate'; tab: Tab; layer: number }
  /** The tab hears of the other's writes (the `storage` event arrives). */
  | { kind: 'hear'; tab: Tab };

const tab = fc.constantFrom<Tab>(0, 1);
const pick = fc.nat({ max: 5 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), tab }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('annotate' as const),
      tab,
      layer: pick,
      control: fc.nat({ max: CONTROLS.length - 1 }),
      clear: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant('delete' as const), tab, layer: pick }),
  fc.record({ kind: fc.constant('rename' as const), tab, layer: pick }),
  fc.record({ kind: fc.constant('activate' as const), tab, layer: pick }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('hear' as const), tab }) },
);

function sharedStorage() {
  const items = new Map<string, string>();
  let writes = 0;
  const storage: LayerStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      writes++;
      items.set(key, value);
    },
  };
  return { storage, saved: () => items.get(STORE_KEY) ?? null, writes: () => writes };
}

/** Every tag a layer holds: its name's and its annotations'. */
function tagsOf(layers: readonly { layer: Layer }[]): Set<string> {
  const tags = new Set<string>();
  for (const { layer } of layers) {
    // The tag is the name without the renames' quotes and the copies' suffix, in any order.
    tags.add(layer.name.replace(/( \(conflicting copy\)|')+$/, ''));
    for (const annotation of Object.values(layer.controls)) if (annotation.owner) tags.add(annotation.owner);
  }
  return tags;
}

function run(commands: readonly Command[]) {
  const { storage, saved, writes } = sharedStorage();
  let clock = Date.parse('2026-01-01T00:00:00Z');
  // Both tabs read one clock that moves on at every change; ties between tabs are possible too.
  const now = () => new Date((clock += 1000 * (clock % 3 === 0 ? 0 : 1))).toISOString();
  const tabs: LayerStoreApi[] = [0, 1].map(() => createLayerStore({ storage, now, watch: null }));
  let serial = 0;
  const created = new Set<string>();
  const knowinglyRemoved = new Set<string>();

  for (const step of commands) {
    const store = tabs[step.tab]!;
    const state = store.getState();
    if (step.kind === 'hear') {
      state.syncFromStorage();
      continue;
    }
    const target =
      state.layers.length > 0
        ? state.layers[step.kind === 'create' ? 0 : step.layer % state.layers.length]
        : undefined;
    switch (step.kind) {
      case 'create': {
        const name = `L${++serial}`;
        created.add(name);
        state.createLayer({ name, dataVersion: COMMIT });
        break;
      }
      case 'annotate': {
        if (!target) continue;
        // Choosing the layer is a change of its own, which takes in what other tabs saved.
        if (state.activeId !== target.id) state.setActive(target.id);
        const current = store.getState().layers.find((entry) => entry.id === target.id);
        if (!current || store.getState().activeId !== target.id) continue;
        const control = CONTROLS[step.control]!;
        // The annotation this tab sees there is replaced knowingly.
        const previous = current.layer.controls[control]?.owner;
        if (previous) knowinglyRemoved.add(previous);
        const owner = `e${++serial}`;
        if (!step.clear) created.add(owner);
        store.getState().setControlAnnotation(control, step.clear ? null : { status: 'implemented', owner }, {
          name: 'unused',
          dataVersion: COMMIT,
        });
        break;
      }
      case 'delete':
        if (!target) continue;
        // Everything this tab sees in the layer is removed knowingly.
        for (const tag of tagsOf([target])) knowinglyRemoved.add(tag);
        state.deleteLayer(target.id);
        break;
      case 'rename':
        // The name keeps its tag, so that the layer can still be told apart.
        if (target) state.renameLayer(target.id, `${target.layer.name}'`);
        break;
      case 'activate':
        if (target) state.setActive(target.id);
        break;
    }
    expect(store.getState().saveError).toBeNull();
    expect(store.getState().unreadable).toBeNull();
  }
  // Each tab hears of the other's last writes (hearing may write what only this tab held: twice round).
  for (let round = 0; round < 2; round++) for (const store of tabs) store.getState().syncFromStorage();
  // Once they agree, hearing of each other writes nothing (no write goes back and forth between tabs).
  const settled = writes();
  for (const store of tabs) store.getState().syncFromStorage();
  expect(writes()).toBe(settled);
  return { tabs, saved: saved(), created, knowinglyRemoved };
}

describe('two tabs writing one store', () => {
  it('lose no layer and no annotation, in any interleaving, and agree once each has heard of the other', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const { tabs, saved, created, knowinglyRemoved } = run(commands);
        const parsed = parseStore(saved);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const stored = tagsOf(parsed.state.layers);
        for (const tag of created) {
          if (!knowinglyRemoved.has(tag)) expect(stored.has(tag), `${tag} lost`).toBe(true);
        }
        // Both tabs show what is stored.
        for (const store of tabs) expect(store.getState().layers).toEqual(parsed.state.layers);
      }),
      // PROPERTY_RUNS=30000 for a longer search.
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  }, 300_000);

  it('example: a layer created in each tab, neither having heard of the other, both kept', () => {
    const { tabs, saved } = run([
      { kind: 'create', tab: 0 },
      { kind: 'hear', tab: 1 },
      { kind: 'create', tab: 0 },
      { kind: 'create', tab: 1 },
    ]);
    const parsed = parseStore(saved);
    expect(parsed.ok && parsed.state.layers.map((entry) => entry.layer.name)).toEqual(['L1', 'L2', 'L3']);
    expect(tabs[0]!.getState().sync).toMatchObject({ added: ['L3'] });
  });

  it('example: one annotation changed in both tabs: the newer wins, the other is kept as a copy, and both tabs say so', () => {
    const { tabs, saved } = run([
      { kind: 'create', tab: 0 },
      { kind: 'hear', tab: 1 },
      { kind: 'activate', tab: 1, layer: 0 },
      { kind: 'hear', tab: 0 },
      { kind: 'annotate', tab: 0, layer: 0, control: 0, clear: false },
      { kind: 'annotate', tab: 1, layer: 0, control: 0, clear: false },
    ]);
    const parsed = parseStore(saved);
    expect(parsed.ok && parsed.state.layers.map((entry) => entry.layer.name)).toEqual([
      'L1',
      'L1 (conflicting copy)',
    ]);
    expect(tagsOf(parsed.ok ? parsed.state.layers : [])).toEqual(new Set(['L1', 'e2', 'e3']));
    expect(tabs[1]!.getState().sync?.copies).toEqual([{ name: 'L1', copy: 'L1 (conflicting copy)' }]);
    expect(tabs[0]!.getState().sync?.added).toEqual(['L1 (conflicting copy)']);
  });

  it('example: a layer deleted in one tab while the other annotated it is kept, with the annotation', () => {
    const { saved, tabs } = run([
      { kind: 'create', tab: 0 },
      { kind: 'hear', tab: 1 },
      { kind: 'activate', tab: 1, layer: 0 },
      { kind: 'delete', tab: 0, layer: 0 },
      { kind: 'annotate', tab: 1, layer: 0, control: 1, clear: false },
    ]);
    const parsed = parseStore(saved);
    expect(tagsOf(parsed.ok ? parsed.state.layers : [])).toEqual(new Set(['L1', 'e2']));
    expect(tabs[1]!.getState().sync?.kept).toEqual(['L1']);
  });
});
