import { describe, expect, it } from 'vitest';

import { listedNodes } from '../../src/model/catalogue';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { visibleSubgraph } from '../../src/model/visibility';

import { sampleDataset } from './fixtures/sampleDataset';

const index = buildIndex(sampleDataset);
const listed = (filters: Partial<Filters> = {}) => listedNodes(index, { ...DEFAULT_FILTERS, ...filters });

describe('listed nodes of the catalogue views', () => {
  it('lists every node of the edition shown when no filter is active, also those the graph never shows', () => {
    expect(visibleSubgraph(index, DEFAULT_FILTERS).nodes.has('orphancontrol')).toBe(false);
    const ofEdition = (edition: string) =>
      index.nodes
        .filter((node) => node.kind !== 'llm-top10' || node.edition === edition)
        .map((node) => node.id);
    expect([...listed()].sort()).toEqual(ofEdition('2026').sort());
    expect([...listed({ edition: '2025' })].sort()).toEqual(ofEdition('2025').sort());
  });

  it('lists what the filters show, and an unmapped Top 10 item only without threat filters', () => {
    const filters = { ...DEFAULT_FILTERS, lifecycle: ['use' as const] };
    const shown = visibleSubgraph(index, filters).nodes;
    const result = listed({ lifecycle: ['use'] });
    for (const id of shown) expect(result.has(id)).toBe(true);
    expect(result.has('LLM10:2026')).toBe(false);
    expect(result.has('datapoison')).toBe(false);
    expect(listed({ type: ['other'] }).has('LLM10:2026')).toBe(true);
  });

  it('lists a control that mitigates nothing by its own type', () => {
    expect(listed({ type: ['other'] }).has('orphancontrol')).toBe(true);
    expect(listed({ type: ['standard-infosec'] }).has('orphancontrol')).toBe(false);
  });
});
