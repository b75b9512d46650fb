import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import {
  groupsOf,
  mappedFrom,
  mapsTo,
  membersOf,
  mitigatedBy,
  mitigatorsOf,
} from '../../src/model/relations';

import { sampleDataset } from './fixtures/sampleDataset';

const index = buildIndex(sampleDataset);
const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

describe('relations', () => {
  it('tells direct mitigations from those through a threat group', () => {
    const result = mitigatorsOf(index, 'zeroknowledgeevasion');
    expect(ids(result.direct)).toEqual([]);
    expect(result.throughGroups.map((g) => [g.via.id, ids(g.nodes)])).toEqual([
      ['evasion', ['trainadversarial']],
      ['inputthreats', ['monitoruse']],
    ]);
  });

  it('lists a control group as a direct mitigation', () => {
    expect(ids(mitigatorsOf(index, 'datapoison').direct)).toEqual(['datacontrols']);
  });

  it('lists the threats a control mitigates, directly and through its control group', () => {
    expect(ids(mitigatedBy(index, 'trainadversarial').direct)).toEqual(['evasion']);
    const member = mitigatedBy(index, 'dataqualitycontrol');
    expect(member.direct).toEqual([]);
    expect(member.throughGroups.map((g) => [g.via.id, ids(g.nodes)])).toEqual([
      ['datacontrols', ['datapoison']],
    ]);
  });

  it('lists groups and members', () => {
    expect(ids(groupsOf(index, 'aiprogram'))).toEqual(['governancecontrols']);
    expect(ids(membersOf(index, 'datacontrols'))).toEqual(['dataqualitycontrol', 'moretraindata']);
  });

  it('maps Top 10 items both ways', () => {
    expect(ids(mapsTo(index, 'ML01'))).toEqual(['evasion']);
    expect(ids(mappedFrom(index, 'promptinjection'))).toEqual(['LLM01:2026', 'LLM01:2025']);
    expect(mapsTo(index, 'LLM10:2026')).toEqual([]);
  });

  it('knows which LLM items carry over which, between editions', () => {
    expect(index.predecessors('LLM01:2026')).toEqual(['LLM01:2025']);
    expect(index.successors('LLM01:2025')).toEqual(['LLM01:2026']);
    expect(index.predecessors('LLM10:2026')).toEqual([]);
  });
});
