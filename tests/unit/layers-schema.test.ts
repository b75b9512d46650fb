import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import { importLayer, validateLayer } from '../../src/model/layers/importLayer';
import { MAX_LAYER_BYTES } from '../../src/model/layers/layerVocabulary';
import { parseDataset } from '../../src/model/parseDataset';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex(parsed.dataset);
const DATA_VERSION = parsed.dataset.upstream[0]!.commit;

const validLayer = () => ({
  format: 'ai-security-navigator-layer',
  version: 2,
  name: 'Customer chatbot',
  created: '2026-09-01T08:00:00Z',
  modified: '2026-09-02T09:30:00+02:00',
  dataVersion: DATA_VERSION,
  scope: { train: 'n', genai: 'y', llm: 'y', rag: 'y' },
  controls: {
    monitoruse: { status: 'implemented', owner: 'SOC', note: 'Dashboards in place.' },
    ratelimit: { status: 'planned' },
  },
  threats: {
    directpromptinjection: { likelihood: 4, impact: 3, note: 'Public chat.' },
    promptinjection: { impact: 4 },
  },
});

const errorsOf = (value: unknown) => {
  const result = importLayer(JSON.stringify(value), { index });
  return result.ok ? [] : result.errors;
};
const withField = (path: string[], value: unknown) => {
  const layer: Record<string, unknown> = validLayer();
  let at = layer;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path[path.length - 1]!] = value;
  return layer;
};

describe('layer import: valid files', () => {
  it('accepts a complete layer with no warnings', () => {
    const result = importLayer(JSON.stringify(validLayer()), { index });
    expect(result).toEqual({ ok: true, layer: validLayer(), warnings: [], migratedFrom: null });
  });

  it('accepts the smallest layer', () => {
    const layer: Record<string, unknown> = { ...validLayer(), controls: {}, threats: {} };
    delete layer.scope;
    expect(importLayer(JSON.stringify(layer)).ok).toBe(true);
  });
});

describe('layer import: each invalid field is named', () => {
  const cases: [string, string[], unknown, RegExp][] = [
    ['format', ['format'], 'attack-navigator-layer', /^format: expected "ai-security-navigator-layer"/],
    ['version as text', ['version'], '1', /^version: expected a whole number, got "1"/],
    ['empty name', ['name'], '', /^name: .*>=1 characters/],
    ['long name', ['name'], 'n'.repeat(201), /^name: .*<=200 characters/],
    ['created', ['created'], 'yesterday', /^created: Invalid ISO datetime, got "yesterday"/],
    ['modified', ['modified'], 20260901, /^modified: expected string, got 20260901/],
    ['data version', ['dataVersion'], 'main', /^dataVersion: must be a 40-character commit id/],
    ['scope answer', ['scope', 'train'], 'maybe', /^scope\.train: invalid value "maybe"/],
    [
      'status',
      ['controls', 'monitoruse', 'status'],
      'done',
      /^controls\.monitoruse\.status: invalid value "done"/,
    ],
    [
      'missing status',
      ['controls', 'ratelimit', 'status'],
      undefined,
      /^controls\.ratelimit\.status: missing/,
    ],
    ['owner', ['controls', 'monitoruse', 'owner'], 'o'.repeat(201), /^controls\.monitoruse\.owner: .*<=200/],
    [
      'note',
      ['controls', 'monitoruse', 'note'],
      'n'.repeat(10_001),
      /^controls\.monitoruse\.note: .*<=10000/,
    ],
    [
      'unknown field',
      ['controls', 'monitoruse', 'colour'],
      'red',
      /^controls\.monitoruse: unknown field "colour"/,
    ],
    ['bad key', ['controls', 'Monitor Use'], { status: 'partial' }, /^controls\.Monitor Use: invalid key/],
    [
      'likelihood 6',
      ['threats', 'directpromptinjection', 'likelihood'],
      6,
      /^threats\.directpromptinjection\.likelihood: .*<=5/,
    ],
    [
      'impact 0',
      ['threats', 'directpromptinjection', 'impact'],
      0,
      /^threats\.directpromptinjection\.impact: .*>=1/,
    ],
    [
      'fractional rating',
      ['threats', 'promptinjection', 'impact'],
      2.5,
      /^threats\.promptinjection\.impact: expected int/,
    ],
    ['top-level field', ['layers'], [], /^\(root\): unknown field "layers"/],
  ];
  it.each(cases)('%s', (_name, path, value, message) => {
    const errors = errorsOf(withField(path, value));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('a newer version is refused with a hint', () => {
    expect(errorsOf(withField(['version'], 3))).toEqual([
      'version: 3 is newer than this app reads (up to 2); update the app',
    ]);
  });

  it('not JSON, or not an object, is refused', () => {
    expect(importLayer('{"format": "ai-security-navigator-layer",')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^\(root\): not valid JSON/)],
      problem: 'not-a-layer',
    });
    expect(errorsOf([validLayer()])).toEqual(['(root): expected a JSON object']);
    expect(errorsOf(null)).toEqual(['(root): expected a JSON object']);
  });

  it('lists several problems at once, with a cap', () => {
    const controls = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`c${i}`, { status: 'done' }]));
    const errors = errorsOf({ ...validLayer(), controls });
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… and 10 more');
  });
});

describe('layer import: size and prototype keys', () => {
  it('refuses a file over 5 MB before parsing it, counting UTF-8 bytes', () => {
    const json = JSON.stringify(validLayer());
    const atLimit = json + ' '.repeat(MAX_LAYER_BYTES - json.length);
    expect(importLayer(atLimit).ok).toBe(true);
    expect(importLayer(`${atLimit} `)).toEqual({
      ok: false,
      errors: ['(root): the file is larger than 5 MB'],
      problem: 'too-large',
    });
    // Under 5 million characters, over 5 MB once encoded.
    const japanese = JSON.stringify({ ...validLayer(), name: 'あ'.repeat(1_800_000) });
    expect(japanese.length).toBeLessThan(MAX_LAYER_BYTES);
    expect(importLayer(japanese)).toEqual({
      ok: false,
      errors: ['(root): the file is larger than 5 MB'],
      problem: 'too-large',
    });
  });

  it.each([
    ['{"__proto__": {"polluted": true}}', '__proto__: the key "__proto__"'],
    ['{"controls": {"__proto__": {"status": "implemented"}}}', 'controls.__proto__: the key "__proto__"'],
    [
      '{"controls": {"constructor": {"status": "implemented"}}}',
      'controls.constructor: the key "constructor"',
    ],
    ['{"threats": {"x": {"prototype": 1}}}', 'threats.x.prototype: the key "prototype"'],
    ['{"a": [{"b": {"__proto__": null}}]}', 'a[0].b.__proto__: the key "__proto__"'],
  ])('refuses %s, naming the key', (text, message) => {
    const result = importLayer(text);
    expect(result).toEqual({
      ok: false,
      errors: [`${message} is not allowed (it could change how objects behave)`],
      problem: 'invalid',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses prototype keys in an already parsed value too', () => {
    const raw = JSON.parse('{"format": "ai-security-navigator-layer", "version": 1, "__proto__": {}}');
    expect(validateLayer(raw).ok).toBe(false);
  });

  it('survives very deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => importLayer(deep)).not.toThrow();
    expect(importLayer(deep).ok).toBe(false);
  });
});

describe('layer import: warnings against the data set', () => {
  it('keeps unknown ids and ids of the wrong kind, with warnings', () => {
    const layer = {
      ...validLayer(),
      controls: {
        ...validLayer().controls,
        retiredcontrol: { status: 'implemented' },
        evasion: { status: 'partial' },
      },
      threats: { ...validLayer().threats, monitoruse: { impact: 2 } },
    };
    const result = importLayer(JSON.stringify(layer), { index });
    expect(result.ok && result.layer.controls).toHaveProperty('retiredcontrol');
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
      'controls.retiredcontrol: no node "retiredcontrol" in the data set; kept',
      'controls.evasion: "evasion" is a threat-group, not a control; kept but not used',
      'threats.monitoruse: "monitoruse" is a control, not a threat or threat group; kept but not used',
    ]);
  });

  it('warns when the layer was made with another version of the data', () => {
    const result = importLayer(JSON.stringify({ ...validLayer(), dataVersion: 'a'.repeat(40) }), { index });
    expect(result.ok && result.warnings).toEqual([
      {
        kind: 'data-version',
        layerVersion: 'a'.repeat(40),
        dataVersion: DATA_VERSION,
        message: `dataVersion: the layer was made with data aaaaaaa, the app has ${DATA_VERSION.slice(0, 7)}`,
      },
    ]);
  });

  it('without the data set, nothing is checked against it', () => {
    const result = importLayer(
      JSON.stringify({ ...validLayer(), controls: { nosuch: { status: 'unknown' } } }),
    );
    expect(result.ok && result.warnings).toEqual([]);
  });
});
