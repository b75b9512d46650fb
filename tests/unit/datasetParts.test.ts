import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { generateDataset } from '../../scripts/generate-dataset';
import { MAX_DATA_FILE_BYTES, readDataFile } from '../../src/model/dataFile';
import { mergeDataset, splitDataset } from '../../src/model/datasetParts';
import { serializeDataset } from '../../src/model/export/datasetJson';
import { computeLayout } from '../../src/model/layout/computeLayout';
import { parseCore, parseDataset, parseDetails } from '../../src/model/parseDataset';
import type { CoreDataset, Dataset } from '../../src/model/schema';
import { dataPartReply, parseDataPart } from '../../src/state/parseDataPart';

import { cloneSample, sampleDataset } from './fixtures/sampleDataset';

const shipped = readFileSync('data/navigator.json', 'utf8');

describe('splitting the data set into core and details', () => {
  it('gives back the original when merged', () => {
    const { core, details } = splitDataset(sampleDataset);
    expect(mergeDataset(core, details)).toEqual({ ok: true, dataset: sampleDataset });
  });

  it('gives back the shipped file byte for byte', () => {
    const { core, details } = splitDataset(JSON.parse(shipped) as Dataset);
    const merged = mergeDataset(core, details);
    expect(merged.ok && serializeDataset(merged.dataset)).toBe(shipped);
  });

  it('gives parts of the shipped file that validate and merge into the validated file', () => {
    const parsed = parseDataset(JSON.parse(shipped));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const parts = splitDataset(parsed.dataset);
    const core = parseCore(JSON.parse(JSON.stringify(parts.core)));
    const details = parseDetails(JSON.parse(JSON.stringify(parts.details)));
    if (!core.ok || !details.ok) throw new Error('a part does not validate');
    expect(mergeDataset(core.value, details.value)).toEqual({ ok: true, dataset: parsed.dataset });
  });

  it('gives each validated part whole through JSON text, as the parsing worker hands it to the page', () => {
    const { core, details } = splitDataset(JSON.parse(shipped) as Dataset);
    for (const part of ['core', 'details'] as const) {
      const bytes = new TextEncoder().encode(JSON.stringify(part === 'core' ? core : details)).buffer;
      const parsed = parseDataPart(part, `navigator-${part}.json`, bytes);
      expect(parsed.ok).toBe(true);
      expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
    }
  });

  it('sends the core of a very large catalogue with its layout, and the layout survives the copy', () => {
    const large = splitDataset(generateDataset(5000, 15000, 7)).core;
    const request = (core: object) => ({
      part: 'core' as const,
      source: 'navigator-core.json',
      bytes: new TextEncoder().encode(JSON.stringify(core)).buffer,
    });
    const { parsed, layout } = dataPartReply(request(large));
    if (!parsed.ok || !layout) throw new Error('no layout came with the large core');
    expect(structuredClone(layout)).toStrictEqual(computeLayout(parsed.value as CoreDataset));
    // A catalogue laid out afresh for every view gets none.
    expect(dataPartReply(request(splitDataset(sampleDataset).core)).layout).toBeUndefined();
  });

  it('leaves summaries and references out of the core', () => {
    const { core, details } = splitDataset(sampleDataset);
    for (const node of core.nodes) {
      expect(node).not.toHaveProperty('summary');
      expect(node).not.toHaveProperty('references');
    }
    expect(details.nodes.evasion?.summary.en).toBe('Summary of Evasion.');
  });

  it('rejects details of another data set: nodes missing or unknown', () => {
    const { core, details } = splitDataset(sampleDataset);
    const withoutEvasion = Object.fromEntries(
      Object.entries(details.nodes).filter(([id]) => id !== 'evasion'),
    );
    const other = { ...withoutEvasion, nosuchnode: details.nodes.datapoison! };
    expect(mergeDataset(core, { ...details, nodes: other })).toEqual({
      ok: false,
      errors: ['nodes: no details for node "evasion"', 'nodes: details for unknown node "nosuchnode"'],
    });
  });

  it('summarises a long list of ids', () => {
    const { core } = splitDataset(sampleDataset);
    const result = mergeDataset(core, { format: 1, nodes: {}, relations: {} });
    expect(!result.ok && result.errors[0]).toMatch(/^nodes: no details for nodes "[^"]+", .* and \d+ more$/);
  });
});

describe('validating each part', () => {
  it('names the path of a bad field in the core', () => {
    const { core } = splitDataset(cloneSample());
    (core.nodes[2] as Record<string, unknown>).lifecycle = ['sometime'];
    const result = parseCore(JSON.parse(JSON.stringify(core)));
    expect(!result.ok && result.errors[0]).toMatch(/^nodes\[2\]\.lifecycle\[0\]: invalid value "sometime"/);
  });

  it('refuses a core that carries details, and a full data set as a core', () => {
    const result = parseCore(cloneSample());
    expect(!result.ok && result.errors[0]).toBe('nodes[0]: unknown fields "summary", "references"');
  });

  it('checks edges in the core against its nodes', () => {
    const { core } = splitDataset(cloneSample());
    core.edges[0] = { ...core.edges[0]!, source: 'nosuchnode' };
    const result = parseCore(JSON.parse(JSON.stringify(core)));
    expect(!result.ok && result.errors).toEqual(['edges[0].source: unknown node "nosuchnode"']);
  });

  it('names the node id in the path of a bad field in the details', () => {
    const { details } = splitDataset(cloneSample());
    const json = JSON.parse(JSON.stringify(details)) as {
      nodes: Record<string, { summary: { ja: string } }>;
    };
    json.nodes.evasion!.summary.ja = '  ';
    const result = parseDetails(json);
    expect(!result.ok && result.errors[0]).toMatch(/^nodes\.evasion\.summary\.ja: Too small/);
  });

  it('refuses details keyed by something that is not a node id', () => {
    const { details } = splitDataset(cloneSample());
    const json = { ...details, nodes: { ...details.nodes, 'Not An Id': details.nodes.evasion } };
    expect(parseDetails(json).ok).toBe(false);
  });
});

describe('reading a data file', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).buffer;

  it('parses JSON', () => {
    expect(readDataFile('core.json', bytes('{"format":1}'))).toEqual({ ok: true, json: { format: 1 } });
  });

  it('says when a file is not JSON, naming it', () => {
    const result = readDataFile('core.json', bytes('{'));
    expect(!result.ok && result.errors[0]).toMatch(/^core\.json: not JSON/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = readDataFile('details.json', new ArrayBuffer(MAX_DATA_FILE_BYTES + 1));
    expect(!result.ok && result.errors).toEqual([
      'details.json: the file is 16.0 MB, more than the 16.0 MB a data file may have',
    ]);
  });
});
