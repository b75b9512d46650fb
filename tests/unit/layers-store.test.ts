import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, setControlAnnotation, setThreatAnnotation } from '../../src/model/layers/editLayer';
import {
  EMPTY_STORE,
  type LayerStoreState,
  parseStore,
  serializeStore,
  STORE_KEY,
} from '../../src/model/layers/layerStore';
import { parseDataset } from '../../src/model/parseDataset';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex(parsed.dataset);
const COMMIT = parsed.dataset.upstream[0]!.commit;
const NOW = '2026-09-01T12:00:00Z';

const first = setThreatAnnotation(
  setControlAnnotation(
    createLayer('Chatbot', COMMIT, NOW),
    'monitoruse',
    { status: 'partial', owner: 'SOC' },
    NOW,
  ),
  'directpromptinjection',
  { likelihood: 4, impact: 4 },
  NOW,
);
const second = createLayer('Fraud model', COMMIT, NOW, { genai: 'n', train: 'y' });
const state: LayerStoreState = {
  version: 1,
  activeId: 'b',
  layers: [
    { id: 'a', layer: first },
    { id: 'b', layer: second },
  ],
};

describe('layer store', () => {
  it('has a versioned key', () => {
    expect(STORE_KEY).toMatch(/\.v1$/);
  });

  it('nothing stored is an empty store', () => {
    expect(parseStore(null)).toEqual({ ok: true, state: EMPTY_STORE, warnings: [] });
  });

  it('round-trips several layers and the active one', () => {
    expect(parseStore(serializeStore(state), { index })).toEqual({ ok: true, state, warnings: [] });
  });

  it('a corrupt store is refused with its text kept, never wiped', () => {
    for (const raw of [
      'not json',
      '',
      '{"version": 1, "activeId": null, "layers": [',
      serializeStore(state).slice(0, 80),
    ]) {
      const result = parseStore(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.raw).toBe(raw);
        expect(result.error).toMatch(/^\(root\): not valid JSON/);
        expect(result.recovered).toEqual(EMPTY_STORE);
      }
    }
  });

  it('a store of another shape or a newer version is refused, not replaced', () => {
    expect(parseStore('[]')).toMatchObject({
      ok: false,
      error: '(root): expected object, got []',
      raw: '[]',
    });
    const newer = JSON.stringify({ ...state, version: 2 });
    expect(parseStore(newer)).toMatchObject({
      ok: false,
      raw: newer,
      error: expect.stringMatching(/^version: /),
    });
  });

  it('one bad layer makes the store unreadable, and the good ones are recovered', () => {
    const raw = JSON.stringify({
      ...state,
      layers: [
        state.layers[0],
        { id: 'b', layer: { ...second, controls: { monitoruse: { status: 'maybe' } } } },
      ],
    });
    const result = parseStore(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(
        /^layers\[1\]\.layer\.controls\.monitoruse\.status: invalid value "maybe"/,
      );
      expect(result.recovered).toEqual({ version: 1, activeId: null, layers: [state.layers[0]] });
      expect(result.raw).toBe(raw);
    }
  });

  it('an old layer format inside the store is migrated, with a warning', () => {
    const old = { ...first, version: 0, controls: { monitoruse: { status: 'done' } } };
    const result = parseStore(
      JSON.stringify({ version: 1, activeId: 'a', layers: [{ id: 'a', layer: old }] }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.state.layers[0]!.layer.controls).toEqual({ monitoruse: { status: 'implemented' } });
      expect(result.warnings).toEqual([
        {
          kind: 'upgraded',
          name: 'Chatbot',
          from: 0,
          message: 'layers[0]: "Chatbot" was upgraded from version 0',
        },
      ]);
    }
  });

  it('passes on warnings about the data set and clears a dangling active id', () => {
    const odd = { ...first, controls: { retired: { status: 'implemented' } } };
    const result = parseStore(
      JSON.stringify({ version: 1, activeId: 'zz', layers: [{ id: 'a', layer: odd }] }),
      {
        index,
      },
    );
    expect(result).toMatchObject({ ok: true, state: { activeId: null } });
    expect(result.ok && result.warnings).toMatchObject([
      {
        kind: 'layer',
        warning: { kind: 'unknown-node', id: 'retired' },
        message: 'layers[0].layer.controls.retired: no node "retired" in the data set; kept',
      },
      { kind: 'no-active', activeId: 'zz', message: 'activeId: no layer "zz"; none is active' },
    ]);
  });

  it('refuses repeated layer ids and prototype keys', () => {
    const twice = JSON.stringify({ ...state, layers: [state.layers[0], state.layers[0]] });
    expect(parseStore(twice)).toMatchObject({ ok: false, error: 'layers[1].id: "a" is used twice' });
    const proto = '{"version": 1, "activeId": null, "layers": [], "__proto__": {"x": 1}}';
    expect(parseStore(proto)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^__proto__: the key/),
    });
  });
});
