import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import {
  exportAttackLayer,
  ratedTechniques,
  serializeAttackLayer,
} from '../../../src/model/attackLayers/exportAttackLayer';
import { MAX_ATTACK_TECHNIQUES } from '../../../src/model/attackLayers/format';
import { matchAttackLayer } from '../../../src/model/attackLayers/matchAttackLayer';
import { readAttackLayer } from '../../../src/model/attackLayers/readAttackLayer';
import { createLayer, setThreatAnnotation } from '../../../src/model/layers/editLayer';
import { MAX_LAYER_BYTES } from '../../../src/model/layers/layerVocabulary';
import type { Layer } from '../../../src/model/layers/schema';
import { parseDataset } from '../../../src/model/parseDataset';

import { checkLayerAgainstSpec, readLayerFormatSpec } from './layerFormatSpec';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const dataset = parsed.dataset;
const CASE_STUDY = readFileSync('tests/fixtures/attack-navigator/AML.CS0000.json', 'utf8');
const NOW = '2026-09-02T09:30:00Z';
const ACQUIRE = 'Acquire Public AI Artifacts';

function ratedLayer(): Layer {
  let layer = createLayer('Customer chatbot', dataset.upstream[0]!.commit, NOW);
  const rate = (id: string, likelihood: number, impact: number, note?: string) => {
    layer = setThreatAnnotation(layer, id, { likelihood, impact, ...(note ? { note } : {}) }, NOW);
  };
  rate('directpromptinjection', 4, 3, 'Public chat.');
  rate('indirectpromptinjection', 5, 5);
  rate('datapoison', 2, 2);
  rate('evasion', 3, 4);
  // Rated, but refers to no ATLAS technique: not in the export.
  rate('membershipinference', 5, 5);
  // Only impact: no risk, so not in the export either.
  layer = setThreatAnnotation(layer, 'modelexfiltration', { impact: 5 }, NOW);
  return layer;
}

const exported = (lang: 'en' | 'ja' = 'en') =>
  exportAttackLayer({ nodes: dataset.nodes, upstream: dataset.upstream, layer: ratedLayer(), lang });

const readOk = (text: string) => {
  const read = readAttackLayer(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.layer;
};

describe('the layer format specification (vendored v4.5)', () => {
  const spec = readLayerFormatSpec();
  it('names the required fields of a layer, its versions and its techniques', () => {
    const required = (object: string) =>
      spec
        .get(object)!
        .filter((field) => field.required)
        .map((field) => field.name);
    expect(required('Layer')).toEqual(['name', 'domain']);
    expect(required('Version')).toEqual(['navigator', 'layer']);
    expect(required('Technique')).toEqual(['techniqueID']);
    expect(required('Gradient')).toEqual(['colors', 'minValue', 'maxValue']);
    expect(required('Metadata')).toEqual(['name', 'value']);
  });

  it('finds what a broken layer lacks or mistypes', () => {
    const problems = checkLayerAgainstSpec({
      versions: { layer: '4.3', navigator: '4.6.4' },
      domain: 'atlas-atlas',
      techniques: [{ techniqueID: 'AML.T0015', score: 'high' }, { score: 1 }],
      extra: true,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        '(root).name: required, missing',
        '(root).techniques[0].score: not a number',
        '(root).techniques[1].techniqueID: required, missing',
        '(root).extra: not a field of the Layer object',
        'versions.layer: 4.3, must be "4.5"',
        'versions.navigator: 4.6.4, must be at least 4.9.0',
      ]),
    );
  });
});

describe('exportAttackLayer', () => {
  it('writes a layer of format 4.5 for the ATLAS domain, valid against the specification', () => {
    const layer = exported();
    expect(layer.domain).toBe('atlas-atlas');
    expect(layer.versions?.layer).toBe('4.5');
    expect(checkLayerAgainstSpec(JSON.parse(serializeAttackLayer(layer)))).toEqual([]);
    expect(checkLayerAgainstSpec(JSON.parse(serializeAttackLayer(exported('ja'))))).toEqual([]);
  });

  it('scores each technique with the highest risk of the threats referring to it and lists them all', () => {
    const techniques = new Map(exported().techniques!.map((technique) => [technique.techniqueID, technique]));
    const t0051 = techniques.get('AML.T0051')!;
    expect(t0051.score).toBe(25);
    expect(t0051.color).toBe('#b42318');
    expect(t0051.comment).toBe(
      [
        'Indirect prompt injection (indirectpromptinjection): risk 25 (critical; likelihood 5 × impact 5)',
        'Direct prompt injection (directpromptinjection): risk 12 (high; likelihood 4 × impact 3) — Public chat.',
      ].join('\n'),
    );
    expect(t0051.links?.map((link) => ('url' in link ? link.url : ''))).toEqual([
      'https://owaspai.org/go/indirectpromptinjection/',
      'https://owaspai.org/go/directpromptinjection/',
    ]);
    expect(techniques.get('AML.T0051.000')).toMatchObject({ score: 12, color: '#c8620f' });
    expect(techniques.get('AML.T0015')).toMatchObject({ score: 12 });
    expect(techniques.get('AML.T0019')).toMatchObject({ score: 4, color: '#2f8f46' });
    // modelexfiltration (AML.T0024.002) has an impact only; controls' techniques (AML.T0002) are not threats.
    expect(techniques.has('AML.T0024.002')).toBe(false);
    expect(techniques.has('AML.T0002')).toBe(false);
    expect([...techniques.keys()]).toEqual([...techniques.keys()].sort());
  });

  it('names the data versions in its metadata', () => {
    const metadata = exported().metadata!.flatMap((item) =>
      'name' in item ? [[item.name, item.value]] : [],
    );
    const values = Object.fromEntries(metadata.filter(([name]) => name !== 'data_source'));
    expect(values).toMatchObject({
      annotation_layer: 'Customer chatbot',
      ai_exchange_commit: dataset.upstream[0]!.commit,
      atlas_data_version: '5.6.0',
      atlas_data_commit: '8ee2c689a7d3c65ddf2bfe4950a4f3ecffa6f48b',
    });
    expect(metadata.filter(([name]) => name === 'data_source')).toHaveLength(dataset.upstream.length);
  });

  it('writes the comments and the legend in the language asked for', () => {
    const layer = exported('ja');
    const t0051 = layer.techniques!.find((technique) => technique.techniqueID === 'AML.T0051')!;
    expect(t0051.comment).toContain('リスク 25（重大、発生可能性 5 × 影響 5）');
    expect(layer.legendItems?.map((item) => item.label)[3]).toBe('リスク 重大（17–25）');
  });

  it('lists no technique for a layer without rated threats', () => {
    const empty = createLayer('Empty', dataset.upstream[0]!.commit, NOW);
    expect(ratedTechniques(dataset.nodes, empty).size).toBe(0);
  });
});

describe('readAttackLayer and matchAttackLayer', () => {
  it('maps the ATLAS case study AML.CS0000 to the evasion threats, with the ids the Exchange does not refer to', () => {
    const overlay = matchAttackLayer(dataset.nodes, readOk(CASE_STUDY));
    expect(overlay.name).toBe('Evasion of Deep Learning Detector for Malware C&C Traffic');
    expect(overlay.atlasVersion).toBe('5.6.0');
    expect(overlay.threats.map((match) => match.nodeId)).toEqual(['evasion']);
    expect(overlay.threats[0]!.entries).toEqual([
      { techniqueID: 'AML.T0015', name: 'Evade AI Model', tactic: 'defense-evasion' },
    ]);
    // The control that limits what is published refers to AML.T0002; the case study used its sub-technique .000.
    const discrete = overlay.controls.find((match) => match.nodeId === 'discrete')!;
    expect(discrete.entries).toEqual([
      { techniqueID: 'AML.T0002.000', name: ACQUIRE, viaParent: 'AML.T0002' },
      { techniqueID: 'AML.T0002', name: ACQUIRE, tactic: 'resource-development' },
    ]);
    expect(overlay.unknown).toEqual([
      'AML.T0000.001',
      'AML.T0000',
      'AML.T0005',
      'AML.T0043.003',
      'AML.T0043',
      'AML.T0042',
    ]);
    expect(overlay.idCount).toBe(9);
  });

  it('reaches controls through mitigation ids, keeps scores and comments, and leaves disabled entries out', () => {
    const layer = readOk(
      JSON.stringify({
        name: 'Mitigations',
        versions: { layer: '4.5', navigator: '5.1.0' },
        domain: 'atlas-atlas',
        techniques: [
          {
            techniqueID: 'AML.M0015',
            name: 'Adversarial Input Detection',
            score: 3,
            comment: 'Filters in place.',
          },
          { techniqueID: 'AML.T0051.000', score: 80, comment: 'Seen in testing.' },
          { techniqueID: 'AML.T0029', enabled: false, score: 99 },
        ],
      }),
    );
    const overlay = matchAttackLayer(dataset.nodes, layer);
    expect(overlay.controls.map((match) => match.nodeId)).toEqual([
      'anomalousinputhandling',
      'unwantedinputserieshandling',
      'promptinjectioniohandling',
    ]);
    expect(overlay.controls[0]!.entries).toEqual([
      {
        techniqueID: 'AML.M0015',
        name: 'Adversarial Input Detection',
        score: 3,
        comment: 'Filters in place.',
      },
    ]);
    // Direct prompt injection names the sub-technique; prompt injection threats naming AML.T0051 get it too.
    expect(overlay.threats.map((match) => [match.nodeId, match.score])).toEqual([
      ['directpromptinjection', 80],
      ['indirectpromptinjection', 80],
      ['outputcontainsconventionalinjection', 80],
    ]);
    expect(overlay.threats[1]!.entries[0]!.viaParent).toBe('AML.T0051');
    expect(overlay.disabled).toBe(1);
    expect(overlay.threats.some((match) => match.nodeId === 'airesourceexhaustion')).toBe(false);
  });

  it('round-trips: an exported layer imports with the same scores on the same threats', () => {
    const layer = exported();
    const overlay = matchAttackLayer(dataset.nodes, readOk(serializeAttackLayer(layer)));
    expect(overlay.unknown).toEqual([]);
    const scores = new Map(layer.techniques!.map((technique) => [technique.techniqueID, technique.score]));
    const reached = [...overlay.threats, ...overlay.controls].flatMap((match) => match.entries);
    for (const entry of reached) expect(entry.score).toBe(scores.get(entry.techniqueID));
    for (const [id, threats] of ratedTechniques(dataset.nodes, ratedLayer())) {
      for (const { node } of threats) {
        const match = overlay.threats.find((candidate) => candidate.nodeId === node.id);
        expect(match?.entries.some((entry) => entry.techniqueID === id && !entry.viaParent)).toBe(true);
      }
    }
    expect(overlay.threats.find((match) => match.nodeId === 'indirectpromptinjection')?.score).toBe(25);
  });
});

describe('readAttackLayer refuses hostile and foreign files', () => {
  const layerWith = (fields: Record<string, unknown>) =>
    JSON.stringify({
      name: 'x',
      versions: { layer: '4.5', navigator: '5.1.0' },
      domain: 'atlas-atlas',
      ...fields,
    });
  const problem = (text: string) => {
    const read = readAttackLayer(text);
    return read.ok ? 'ok' : `${read.problem}: ${read.errors[0]}`;
  };

  it('reads layers of format 4.x, with or without versions, and a list of one layer', () => {
    expect(problem(CASE_STUDY)).toBe('ok');
    expect(problem(`[${CASE_STUDY}]`)).toBe('ok');
    expect(problem(JSON.stringify({ name: 'x', domain: 'atlas-atlas' }))).toBe('ok');
  });

  it('refuses a file over 5 MB before parsing it', () => {
    expect(problem(' '.repeat(MAX_LAYER_BYTES + 1))).toMatch(
      /^too-large: \(root\): the file is larger than 5 MB/,
    );
  });

  it('refuses text that is not JSON, or JSON that is not a layer', () => {
    expect(problem('{')).toMatch(/^not-a-layer: \(root\): not valid JSON/);
    expect(problem('42')).toMatch(/^not-a-layer/);
    expect(problem('{"hello":1}')).toMatch(/^not-a-layer: \(root\): no "domain"/);
    expect(problem(`[${CASE_STUDY},${CASE_STUDY}]`)).toMatch(/^several-layers: \(root\): a list of 2 layers/);
    expect(
      problem(
        JSON.stringify({ format: 'ai-security-navigator-layer', version: 2, name: 'Mine', threats: {} }),
      ),
    ).toMatch(/^annotation-layer/);
  });

  it('refuses another domain or another version of the format, naming it', () => {
    expect(problem(layerWith({ domain: 'enterprise-attack' }))).toBe(
      'wrong-domain: domain: "enterprise-attack", expected "atlas-atlas" (MITRE ATLAS)',
    );
    expect(problem(layerWith({ domain: undefined }))).toMatch(/^wrong-domain: domain: missing/);
    expect(problem(layerWith({ versions: { layer: '5.0', navigator: '6.0.0' } }))).toMatch(
      /^wrong-version: versions.layer: "5.0", expected 4.x/,
    );
    expect(problem(JSON.stringify({ name: 'x', version: '3.0', domain: 'mitre-enterprise' }))).toMatch(
      /^wrong-version: version: "3.0", a layer format before 4.0/,
    );
  });

  it('refuses keys that could reach a prototype, at any depth', () => {
    const text = layerWith({
      techniques: [{ techniqueID: 'AML.T0015', metadata: [{ name: 'a', value: 'b' }] }],
    });
    const hostile = text.replace('"name":"a"', '"__proto__":{"polluted":true},"name":"a"');
    expect(problem(hostile)).toBe(
      'invalid: techniques[0].metadata[0].__proto__: the key "__proto__" is not allowed (it could change how objects behave)',
    );
    expect(problem(layerWith({ constructor: { prototype: {} } }))).toMatch(/^invalid: constructor/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives very deep nesting', () => {
    const deep = layerWith({ description: 'x', extra: JSON.parse('[]') }).replace(
      '"extra":[]',
      `"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    );
    expect(() => readAttackLayer(deep)).not.toThrow();
    expect(() => readAttackLayer(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).not.toThrow();
  });

  it('refuses more techniques than a layer may have, before looking at them', () => {
    const many = Array.from({ length: MAX_ATTACK_TECHNIQUES + 1 }, () => ({ techniqueID: 'AML.T0015' }));
    expect(problem(layerWith({ techniques: many }))).toMatch(/^too-many-entries: techniques: 10,001 entries/);
  });

  it('names the field of a wrong type', () => {
    expect(problem(layerWith({ techniques: [{ techniqueID: 'AML.T0015', score: 'high' }] }))).toMatch(
      /^invalid: techniques\[0\]\.score: /,
    );
    expect(problem(layerWith({ name: 7 }))).toMatch(/^invalid: name: /);
  });
});
