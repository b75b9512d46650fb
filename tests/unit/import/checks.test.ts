import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { checkCommitted } from '../../../scripts/import/check-committed';
import { checkDataset } from '../../../scripts/import/checks';
import { importFromUpstream } from '../../../scripts/import/run-import';
import type { Dataset } from '../../../src/model/schema';

// What `npm run data:check` finds in a data set that was edited by hand after the import.
const committed = readFileSync('data/navigator.json', 'utf8');
const context = importFromUpstream();
const edited = (edit: (dataset: Dataset) => void): Dataset => {
  const dataset = JSON.parse(committed) as Dataset;
  edit(dataset);
  return dataset;
};
const atlasReference = (dataset: Dataset, id: string) =>
  dataset.nodes.flatMap((node) => node.references).find((ref) => ref.id === id)!;

describe('data:check', () => {
  it('passes the committed data set', () => {
    expect(checkDataset(JSON.parse(committed) as Dataset, context)).toEqual([]);
  });

  it('fails on an ATLAS name that is not ATLAS’s', () => {
    const dataset = edited((data) => {
      atlasReference(data, 'AML.T0002').title = 'Acquire Public ML Artifacts';
    });
    expect(checkDataset(dataset, context)).toContain(
      'discrete: AML.T0002 is "Acquire Public AI Artifacts" in MITRE ATLAS 5.6.0, not "Acquire Public ML Artifacts"',
    );
  });

  it('fails on an ATLAS id that ATLAS does not have', () => {
    const dataset = edited((data) => {
      atlasReference(data, 'AML.T0002').id = 'AML.T9999';
    });
    expect(checkDataset(dataset, context)).toContain('discrete: AML.T9999 is not an id of MITRE ATLAS 5.6.0');
  });

  it('fails on a mapping whose cited source line does not exist', () => {
    const dataset = edited((data) => {
      const mapping = data.edges.find(
        (edge) => edge.source === 'LLM01:2026' && edge.target === 'promptinjection',
      )!;
      mapping.cites![0]!.line = 99999;
    });
    expect(checkDataset(dataset, context).join('\n')).toMatch(
      /^maps-to:LLM01:2026->promptinjection: cites ai-exchange\/docs\/ai_security_overview\.md:99999, a line the file does not have \(it has \d+\)$/m,
    );
  });

  it('fails on a mapping that cites nothing, or a file that is not kept in data/upstream', () => {
    const dataset = edited((data) => {
      const mappings = data.edges.filter((edge) => edge.kind === 'maps-to');
      delete mappings[0]!.cites;
      mappings[1]!.cites![0]!.file = 'ai-exchange/docs/no_such_page.md';
    });
    const problems = checkDataset(dataset, context).join('\n');
    expect(problems).toMatch(/^maps-to:ML01->evasion: cites no source$/m);
    expect(problems).toMatch(/no_such_page\.md:\d+, a file data\/upstream does not have/);
  });

  it('fails on an LLM id without its edition', () => {
    const text = committed.replaceAll('"LLM08:2026"', '"LLM08"');
    const problems = checkCommitted(text);
    expect(problems.join('\n')).toMatch(/must be a lower-case permalink slug, MLnn or LLMnn:YYYY/);
    const dataset = edited((data) => {
      data.nodes.find((node) => node.id === 'LLM08:2026')!.id = 'LLM08';
    });
    expect(checkDataset(dataset, context)).toEqual(
      expect.arrayContaining([
        'LLM08:2026: missing',
        'LLM08: an LLM Top 10 id must carry its edition (LLMnn:YYYY)',
      ]),
    );
  });

  it('fails when the committed file is not what the importer builds, naming the command that rebuilds it', () => {
    const text = committed.replace('"Acquire Public AI Artifacts"', '"Acquire Public ML Artifacts"');
    const problems = checkCommitted(text);
    expect(problems).toContain(
      'discrete: AML.T0002 is "Acquire Public AI Artifacts" in MITRE ATLAS 5.6.0, not "Acquire Public ML Artifacts"',
    );
    expect(problems).toContain(
      'data/navigator.json differs from what the importer builds: run `npm run data:import`',
    );
  });
});
