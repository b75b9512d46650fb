import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { generateDataset } from '../../scripts/generate-dataset';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';

// The large catalogues of the benchmark: valid against the schema at any size, the same for the same arguments.
describe('generateDataset', () => {
  it('makes data sets that validate, with the requested numbers of nodes and edges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(1000),
        (nodes, ratio, seed) => {
          const dataset = generateDataset(nodes, nodes * ratio, seed);
          const parsed = parseDataset(dataset);
          expect(parsed.ok ? [] : parsed.errors).toEqual([]);
          expect(dataset.nodes).toHaveLength(nodes);
          expect(dataset.edges.length).toBeLessThanOrEqual(nodes * ratio);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('has the shape the benchmark needs at 5,000 nodes and 15,000 edges', () => {
    const dataset = generateDataset(5000, 15000);
    expect(dataset).toEqual(generateDataset(5000, 15000));
    expect(dataset.nodes).toHaveLength(5000);
    expect(dataset.edges).toHaveLength(15000);
    const index = buildIndex(dataset);
    const kinds = new Set(dataset.nodes.map((node) => node.kind));
    expect([...kinds].sort()).toEqual([
      'control',
      'control-group',
      'llm-top10',
      'ml-top10',
      'threat',
      'threat-group',
    ]);
    // Threats carry the facets the filters work on.
    expect(dataset.nodes.filter((node) => node.kind === 'threat' && node.lifecycle).length).toBeGreaterThan(
      1000,
    );
    expect(index.edges.filter((edge) => edge.kind === 'mitigates').length).toBeGreaterThan(5000);
  });
});
