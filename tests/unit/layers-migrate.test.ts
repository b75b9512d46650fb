import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import { importLayer } from '../../src/model/layers/importLayer';
import { migrateLayer } from '../../src/model/layers/migrate';
import type { Dataset } from '../../src/model/schema';

const COMMIT = '5413fde06349cf25d0414a182f86181bc3941929';

/** The pre-release format: version 0, with the status words `done`, `todo` and `n/a`. */
const preRelease = () => ({
  format: 'ai-security-navigator-layer',
  version: 0,
  name: 'Early draft',
  created: '2026-03-01T10:00:00Z',
  modified: '2026-03-02T10:00:00Z',
  dataVersion: COMMIT,
  controls: {
    monitoruse: { status: 'done', owner: 'SOC' },
    ratelimit: { status: 'todo' },
    modelwatermarking: { status: 'n/a', note: 'Open model.' },
    obscureconfidence: { status: 'partial' },
  },
  threats: { evasion: { likelihood: 2, impact: 2 } },
});

describe('migrateLayer', () => {
  it('leaves a current layer as it is', () => {
    const layer = { ...preRelease(), version: 2, controls: {} };
    expect(migrateLayer(layer)).toEqual({ ok: true, layer, migratedFrom: null });
  });

  it('brings a version 0 layer to the current version, renaming its status words', () => {
    const result = migrateLayer(preRelease());
    expect(result).toEqual({
      ok: true,
      migratedFrom: 0,
      layer: {
        ...preRelease(),
        version: 2,
        controls: {
          monitoruse: { status: 'implemented', owner: 'SOC' },
          ratelimit: { status: 'planned' },
          modelwatermarking: { status: 'not-applicable', note: 'Open model.' },
          obscureconfidence: { status: 'partial' },
        },
      },
    });
  });

  it('does not change its input', () => {
    const raw = preRelease();
    migrateLayer(raw);
    expect(raw).toEqual(preRelease());
  });

  it('passes what it does not recognise on to validation', () => {
    const raw = { ...preRelease(), controls: { monitoruse: { status: 'blocked' }, ratelimit: 'done' } };
    const result = importLayer(JSON.stringify(raw));
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^controls\.monitoruse\.status: invalid value "blocked"/),
        'controls.ratelimit: expected object, got "done"',
      ],
      problem: 'invalid',
    });
  });

  it('gives the LLM Top 10 numbers of a version 1 layer their edition, 2023, the only one the data then had', () => {
    const layer = {
      ...preRelease(),
      version: 1,
      controls: { monitoruse: { status: 'implemented' } },
      threats: { LLM01: { likelihood: 3 }, promptinjection: { impact: 4 }, LLM10: { note: 'Model theft.' } },
    };
    expect(migrateLayer(layer)).toEqual({
      ok: true,
      migratedFrom: 1,
      layer: {
        ...layer,
        version: 2,
        threats: {
          'LLM01:2023': { likelihood: 3 },
          promptinjection: { impact: 4 },
          'LLM10:2023': { note: 'Model theft.' },
        },
      },
    });
  });

  it('imports a version 1 file made with the 2023 LLM ids, and keeps its annotations under the 2023 items', () => {
    const layer = {
      ...preRelease(),
      version: 1,
      controls: {},
      threats: { LLM01: { likelihood: 3, impact: 2 } },
    };
    const data = JSON.parse(readFileSync('data/navigator.json', 'utf8')) as Dataset;
    const result = importLayer(JSON.stringify(layer), { index: buildIndex(data) });
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.layer.threats).toEqual({ 'LLM01:2023': { likelihood: 3, impact: 2 } });
    // An LLM item is not a threat: kept, and named as what it is.
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
      'threats.LLM01:2023: "LLM01:2023" is a llm-top10, not a threat or threat group; kept but not used',
    ]);
  });

  it('imports a version 0 file and reports where it came from', () => {
    const result = importLayer(JSON.stringify(preRelease()));
    expect(result.ok && result.migratedFrom).toBe(0);
    expect(result.ok && result.layer.controls.monitoruse).toEqual({ status: 'implemented', owner: 'SOC' });
  });

  it.each([
    [{ ...preRelease(), version: 3 }, 'version: 3 is newer than this app reads (up to 2); update the app'],
    [{ ...preRelease(), version: -1 }, 'version: -1 is not a layer version (the first is 0)'],
    [{ ...preRelease(), version: 0.5 }, 'version: expected a whole number, got 0.5'],
    [{ ...preRelease(), version: undefined }, 'version: expected a whole number, got nothing'],
    [
      { ...preRelease(), format: undefined },
      'format: expected "ai-security-navigator-layer", got nothing — this is not a navigator layer file',
    ],
    ['layer', '(root): expected a JSON object'],
  ])('refuses what it cannot migrate (%#)', (raw, error) => {
    const result = migrateLayer(raw);
    expect(result).toMatchObject({ ok: false, error });
    // Not an object, or another format: some other kind of file.
    expect(!result.ok && result.notALayer).toBe(
      error.startsWith('(root)') || error.startsWith('format') || undefined,
    );
  });
});
