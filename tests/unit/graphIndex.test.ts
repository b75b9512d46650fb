import { describe, expect, it } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import type { Dataset } from '../../src/model/schema';

import { cloneSample, sampleDataset } from './fixtures/sampleDataset';

const index = buildIndex(sampleDataset);

describe('buildIndex', () => {
  it('finds nodes by id and keeps upstream order', () => {
    expect(index.node('evasion')?.title.en).toBe('Evasion');
    expect(index.has('nosuchnode')).toBe(false);
    const orders = index.nodes.map((node) => node.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('finds the current node for an earlier slug', () => {
    const data = cloneSample();
    data.nodes.find((node) => node.id === 'evasion')!.renamedFrom = ['closedboxevasion'];
    const renamed = buildIndex(data);
    expect(renamed.renamedTo('closedboxevasion')).toBe('evasion');
    expect(renamed.renamedTo('evasion')).toBeUndefined();
    expect(renamed.renamedTo('nosuchnode')).toBeUndefined();
  });

  it('gives every edge its edgeId, and finds it by that id', () => {
    expect(index.edges.map((edge) => edge.id)).toContain('mitigates:trainadversarial->evasion');
    expect(index.edge('mitigates:trainadversarial->evasion')).toMatchObject({
      source: 'trainadversarial',
      target: 'evasion',
    });
    expect(index.edge('mitigates:nosuchnode->evasion')).toBeUndefined();
  });

  it('lists edges by kind in both directions', () => {
    expect(index.outgoing('trainadversarial', 'mitigates').map((e) => e.target)).toEqual(['evasion']);
    expect(index.incoming('evasion', 'maps-to').map((e) => e.source)).toEqual(['ML01']);
    expect(index.incoming('evasion', 'mitigates').map((e) => e.source)).toEqual(['trainadversarial']);
    expect(index.outgoing('evasion', 'mitigates')).toEqual([]);
  });

  it('knows parents, children, ancestors and descendants', () => {
    expect(index.parents('zeroknowledgeevasion')).toEqual(['evasion']);
    expect(index.children('inputthreats')).toEqual(['evasion', 'promptinjection', 'disclosureuse']);
    expect(index.ancestors('zeroknowledgeevasion')).toEqual(['evasion', 'inputthreats']);
    expect(index.descendants('generalcontrols')).toEqual(['governancecontrols', 'aiprogram', 'secprogram']);
  });

  it('survives a part-of cycle', () => {
    const data: Dataset = cloneSample();
    data.edges.push({
      source: 'inputthreats',
      target: 'zeroknowledgeevasion',
      kind: 'part-of',
      basis: ['curated'],
    });
    const cyclic = buildIndex(data);
    expect(cyclic.ancestors('evasion')).toEqual(['inputthreats', 'zeroknowledgeevasion']);
  });

  it('drops duplicate edges', () => {
    const data = cloneSample();
    data.edges.push({ ...data.edges[0]! });
    expect(buildIndex(data).edges).toHaveLength(sampleDataset.edges.length);
  });
});
