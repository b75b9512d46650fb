import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { checkDataset } from '../../../scripts/import/checks';
import { importFromUpstream } from '../../../scripts/import/run-import';
import { serializeDataset } from '../../../scripts/import/serialize';
import { UPSTREAM_DIR, VENDORED } from '../../../scripts/upstream/manifest';

const DOCS = join(UPSTREAM_DIR, VENDORED.exchangeDocs);
const ML_PAGES = join(UPSTREAM_DIR, VENDORED.mlPages);

// The upstream documents are kept in the repository, so these run in any clone.
describe('the committed data set', () => {
  const result = importFromUpstream();

  it('is exactly what the importer builds from the upstream documents', () => {
    expect(result.report.errors).toEqual([]);
    expect(serializeDataset(result.dataset)).toBe(readFileSync('data/navigator.json', 'utf8'));
  });

  it('meets the data contract', () => {
    expect(checkDataset(result.dataset, result)).toEqual([]);
  });

  it('has every threat, group and control of the deep dives once', () => {
    const expected = new Set<string>();
    for (const file of readdirSync(DOCS).filter((name) => /^[1-4]_.*\.md$/.test(name))) {
      const text = readFileSync(join(DOCS, file), 'utf8');
      for (const [, category, slug] of text.matchAll(
        /Category:\s*(.*?)\s*\n\s*>\s*Permalink: https:\/\/owaspai.org\/go\/(\w+)/g,
      )) {
        if (!/^(discussion|control details)/.test(category!)) expected.add(slug!);
      }
    }
    const ids = result.dataset.nodes.map((node) => node.id).filter((id) => !/^(ML|LLM)\d\d/.test(id));
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(ids)).toEqual(expected);
    const count = (kind: string) => result.dataset.nodes.filter((node) => node.kind === kind).length;
    expect([count('threat'), count('threat-group'), count('control'), count('control-group')]).toEqual([
      25, 9, 55, 4,
    ]);
  });

  it('carries the ML Top 10 risk factors of the pages', () => {
    const pages = readdirSync(ML_PAGES).filter((name) => /^ML\d\d_/.test(name));
    expect(pages).toHaveLength(10);
    for (const file of pages) {
      const front = parse(readFileSync(join(ML_PAGES, file), 'utf8').split('---')[1]!) as Record<
        string,
        number
      >;
      const node = result.dataset.nodes.find((candidate) => candidate.id === file.slice(0, 4))!;
      // ML06's page rates exploitability 6 on a 1–5 scale; the data set keeps the scale's maximum.
      expect(node.riskFactors).toEqual({
        exploitability: Math.min(front.exploitability!, 5),
        detectability: front.detectability,
        technical: front.technical,
      });
    }
  });
});
