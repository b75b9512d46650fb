import { describe, expect, it } from 'vitest';

import { importLayer } from '../../src/model/layers/importLayer';
import { migrateLayer } from '../../src/model/layers/migrate';

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
    const layer = { ...preRelease(), version: 1, controls: {} };
    expect(migrateLayer(layer)).toEqual({ ok: true, layer, migratedFrom: null });
  });

  it('brings a version 0 layer to version 1, renaming its status words', () => {
    const result = migrateLayer(preRelease());
    expect(result).toEqual({
      ok: true,
      migratedFrom: 0,
      layer: {
        ...preRelease(),
        version: 1,
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

  it('imports a version 0 file and reports where it came from', () => {
    const result = importLayer(JSON.stringify(preRelease()));
    expect(result.ok && result.migratedFrom).toBe(0);
    expect(result.ok && result.layer.controls.monitoruse).toEqual({ status: 'implemented', owner: 'SOC' });
  });

  it.each([
    [{ ...preRelease(), version: 2 }, 'version: 2 is newer than this app reads (up to 1); update the app'],
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
