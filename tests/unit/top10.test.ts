import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { listedNodes } from '../../src/model/catalogue';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex, type GraphIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { hasRiskFactors, top10Entries, type Top10Kind } from '../../src/model/top10';
import type { Top10Sort } from '../../src/model/views';
import { visibleSubgraph } from '../../src/model/visibility';

import { sampleDataset } from './fixtures/sampleDataset';

const sample = buildIndex(sampleDataset);
function entries(
  kind: Top10Kind,
  patch: Partial<Filters> = {},
  sort: Top10Sort = 'id',
  index: GraphIndex = sample,
) {
  const filters = { ...DEFAULT_FILTERS, ...patch };
  const visible = visibleSubgraph(index, filters).nodes;
  return top10Entries(index, kind, listedNodes(index, filters, visible), visible, sort);
}
const ids = (list: { item: { id: string } }[]) => list.map((entry) => entry.item.id);

describe('Top 10 entries', () => {
  it('lists the mapped threats and their controls by type, groups apart', () => {
    const [ml01, ml02] = entries('ml-top10');
    expect(ml01!.mappings.map((m) => m.threat.id)).toEqual(['evasion']);
    expect(ml01!.controlsByType).toEqual([
      { type: 'standard-infosec', controls: [expect.objectContaining({ id: 'monitoruse' })] },
      {
        type: 'development-time-ai-engineer',
        controls: [expect.objectContaining({ id: 'trainadversarial' })],
      },
    ]);
    expect(ml02!.groups.map((chip) => [chip.node.id, chip.members.map((m) => m.node.id)])).toEqual([
      ['datacontrols', ['dataqualitycontrol', 'moretraindata']],
    ]);
  });

  it('counts distinct controls, group members one by one', () => {
    const [ml01, ml02] = entries('ml-top10');
    expect(ml01!.coverage).toEqual({ shown: 2, total: 2 });
    expect(ml02!.coverage).toEqual({ shown: 3, total: 3 });
    const [, typed] = entries('ml-top10', { type: ['standard-infosec'] });
    expect(typed!.coverage).toEqual({ shown: 1, total: 3 });
  });

  it('keeps an item without mapping while no threat filter is active', () => {
    const llm = entries('llm-top10');
    expect(ids(llm)).toEqual(['LLM01:2026', 'LLM10:2026']);
    expect(llm[1]!.mappings).toEqual([]);
    expect(llm[1]!.coverage).toEqual({ shown: 0, total: 0 });
    expect(ids(entries('llm-top10', { lifecycle: ['use'] }))).toEqual(['LLM01:2026']);
  });

  it('lists the LLM items of the edition chosen, each with the items it carries over and is carried into', () => {
    const [latest] = entries('llm-top10');
    expect(latest!.carriesOver.map((node) => node.id)).toEqual(['LLM01:2025']);
    const older = entries('llm-top10', { edition: '2025' });
    expect(ids(older)).toEqual(['LLM01:2025']);
    expect(older[0]!.carriedInto.map((node) => node.id)).toEqual(['LLM01:2026']);
    expect(older[0]!.mappings.map((mapping) => mapping.edge)).toEqual([
      'maps-to:LLM01:2025->promptinjection',
    ]);
  });

  it('shows the items the filters show', () => {
    expect(ids(entries('ml-top10', { lifecycle: ['development-time'] }))).toEqual(['ML02']);
  });

  it('sorts by a risk factor or coverage, highest first, ties in number order', () => {
    expect(ids(entries('ml-top10', {}, 'exploitability'))).toEqual(['ML01', 'ML02']);
    expect(ids(entries('ml-top10', {}, 'coverage'))).toEqual(['ML02', 'ML01']);
    expect(ids(entries('ml-top10', {}, 'id'))).toEqual(['ML01', 'ML02']);
  });

  it('tells whether a list has risk factors', () => {
    expect(hasRiskFactors(sample, 'ml-top10')).toBe(true);
    expect(hasRiskFactors(sample, 'llm-top10')).toBe(false);
  });
});

describe('Top 10 entries of the data set', () => {
  const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const index = buildIndex(parsed.dataset);

  it('lists all ten items of each list, those without mapping included', () => {
    expect(entries('ml-top10', {}, 'id', index)).toHaveLength(10);
    const llm = entries('llm-top10', {}, 'id', index);
    expect(llm).toHaveLength(10);
    for (const entry of llm.filter((e) => e.mappings.length === 0)) expect(entry.coverage.total).toBe(0);
  });

  it('lists a control group once: not again beside the group that holds it', () => {
    const llm01 = entries('llm-top10', {}, 'id', index).find((entry) => entry.item.id === 'LLM01:2026')!;
    const listed = llm01.groups.map((chip) => chip.node.id);
    expect(listed.length).toBeGreaterThan(0);
    const shownInside = (chip: (typeof llm01.groups)[number]): string[] =>
      chip.members.flatMap((member) => [member.node.id, ...shownInside(member)]);
    for (const chip of llm01.groups)
      expect(listed.filter((id) => shownInside(chip).includes(id))).toEqual([]);
  });

  it('orders by exploitability from high to low', () => {
    const values = entries('ml-top10', {}, 'exploitability', index).map(
      (e) => e.item.riskFactors!.exploitability,
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});
