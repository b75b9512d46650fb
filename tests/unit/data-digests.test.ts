import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { splitDataset } from '../../src/model/datasetParts';
import { parseFrameworksFile } from '../../src/model/frameworks/parse';
import { buildIndex } from '../../src/model/graphIndex';
import { parseCore, parseDataset } from '../../src/model/parseDataset';
import { fetchDataPart, sha256Hex } from '../../src/state/fetchDataPart';
import { resetFrameworksStore, useFrameworksStore } from '../../src/state/frameworksStore';

import { cloneSample, sampleDataset } from './fixtures/sampleDataset';
import { sampleFrameworks } from './fixtures/sampleFrameworks';

const URL = '/assets/navigator-core-test.json';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Answers every fetch with `text`. */
function serve(text: string) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(text)));
}

afterEach(() => {
  vi.unstubAllGlobals();
  resetFrameworksStore();
});

describe('fetchDataPart', () => {
  // A core with one bad field: only the schema can tell.
  const core = splitDataset(cloneSample()).core as unknown as { nodes: { impacts?: string[] }[] };
  core.nodes[2]!.impacts = ['foo'];
  const unchecked = JSON.stringify(core);

  it('takes a file of the digest the build gave as validated', async () => {
    serve(unchecked);
    expect(await fetchDataPart('core', URL, sha256(unchecked))).toEqual({
      ok: true,
      value: JSON.parse(unchecked),
    });
  });

  it('validates a file of another digest, or when none is given, naming the file and the field', async () => {
    serve(unchecked);
    for (const digest of [sha256(`${unchecked} `), undefined]) {
      const result = await fetchDataPart('core', URL, digest);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors[0]).toMatch(
          new RegExp(`^${URL} nodes\\[2\\]\\.impacts\\[0\\]: invalid value "foo"`),
        );
    }
  });

  it('still refuses a file that is not JSON, whatever its digest', async () => {
    serve('{"format":');
    const result = await fetchDataPart('core', URL, sha256('{"format":'));
    expect(!result.ok && result.errors[0]).toMatch(new RegExp(`^${URL}: not JSON`));
  });
});

describe('sha256Hex', () => {
  it('gives the SHA-256 of the bytes in hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives null where the browser has no crypto.subtle (not a secure context)', async () => {
    vi.stubGlobal('crypto', {});
    expect(await sha256Hex(new ArrayBuffer(3))).toBeNull();
  });
});

describe('a data part taken by its digest', () => {
  // The build emits the parts of the validated data set; a file it validated is parsed as it is, so the schema
  // must give back exactly what it was given (no defaults or conversions) for both ways to give the same value.
  it('is what validating it would give, for the shipped data and the sample', () => {
    const shipped = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
    if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
    for (const dataset of [shipped.dataset, cloneSample()]) {
      const json: unknown = JSON.parse(JSON.stringify(splitDataset(dataset).core));
      const validated = parseCore(json);
      expect(validated.ok && validated.value).toEqual(json);
    }
  });
});

describe('the framework file taken by its digest', () => {
  const index = buildIndex(sampleDataset);
  // A coverage the schema does not know: only the schema can tell.
  const file = structuredClone(sampleFrameworks) as unknown as { links: { coverage?: string }[] };
  file.links[0]!.coverage = 'bogus';
  const unchecked = JSON.stringify(file);
  const load = (digest?: string) =>
    useFrameworksStore.getState().load('/assets/frameworks-test.json', index, digest);

  it('is taken as validated when its digest is the build’s, and validated otherwise', async () => {
    serve(unchecked);
    expect((await load(sha256(unchecked))).status).toBe('ready');
    resetFrameworksStore();
    const checked = await load(sha256(`${unchecked} `));
    expect(checked.status === 'error' && checked.errors[0]).toMatch(
      /^\/assets\/frameworks-test\.json links\[0\]/,
    );
  });

  it('is what validating it would give, for the shipped file', () => {
    const shipped = parseFrameworksFile(JSON.parse(readFileSync('data/frameworks.json', 'utf8')));
    if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
    const json: unknown = JSON.parse(JSON.stringify(shipped.value));
    const validated = parseFrameworksFile(json);
    expect(validated.ok && validated.value).toEqual(json);
  });
});
