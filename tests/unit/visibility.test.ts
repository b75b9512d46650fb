import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { edgesAmong, visibleSubgraph } from '../../src/model/visibility';

import { cloneSample, sampleDataset } from './fixtures/sampleDataset';

const index = buildIndex(sampleDataset);
const visible = (filters: Partial<Filters> = {}) =>
  visibleSubgraph(index, { ...DEFAULT_FILTERS, ...filters });
const shown = (filters: Partial<Filters> = {}) => [...visible(filters).nodes].sort();
const sorted = (ids: string[]) => [...ids].sort();

const ALL_THREATS = [
  'inputthreats',
  'evasion',
  'zeroknowledgeevasion',
  'promptinjection',
  'disclosureuse',
  'modelinversion',
  'devthreats',
  'datapoison',
  'devmodelleak',
  'runtimemodeltheft',
];
const GENERAL = ['generalcontrols', 'governancecontrols', 'aiprogram', 'secprogram'];

describe('visibleSubgraph', () => {
  it('shows everything connected when no filter is active', () => {
    const result = visible();
    // Not the control that mitigates nothing, nor the LLM item of the edition not shown.
    expect(result.nodes.size).toBe(sampleDataset.nodes.length - 2);
    expect(result.nodes.has('orphancontrol')).toBe(false);
    expect(result.nodes.has('LLM10:2026')).toBe(true);
    expect(result.nodes.has('LLM01:2025')).toBe(false);
    expect(result.counts).toEqual({
      threat: { shown: 6, total: 6 },
      'threat-group': { shown: 4, total: 4 },
      control: { shown: 9, total: 10 },
      'control-group': { shown: 4, total: 4 },
      top10: { shown: 4, total: 4 },
    });
    expect(result.edges.size).toBe(sampleDataset.edges.length - 1);
  });

  it('shows the LLM Top 10 of one edition: the items of another when it is chosen', () => {
    const result = visible({ edition: '2025' });
    expect(result.nodes.has('LLM01:2025')).toBe(true);
    expect(result.nodes.has('LLM01:2026')).toBe(false);
    expect(result.nodes.has('LLM10:2026')).toBe(false);
    expect(result.nodes.has('ML01')).toBe(true);
    expect(result.edges.has('maps-to:LLM01:2025->promptinjection')).toBe(true);
  });

  it('lifecycle "use" keeps input threats, their controls and Top 10 items', () => {
    expect(shown({ lifecycle: ['use'] })).toEqual(
      sorted([
        'inputthreats',
        'evasion',
        'zeroknowledgeevasion',
        'promptinjection',
        'disclosureuse',
        'modelinversion',
        'monitoruse',
        'trainadversarial',
        'promptinjectioniohandling',
        ...GENERAL,
        'ML01',
        'LLM01:2026',
      ]),
    );
  });

  it('lifecycle "development-time" keeps dev-time threats and controls through a control group', () => {
    expect(shown({ lifecycle: ['development-time'] })).toEqual(
      sorted([
        'devthreats',
        'datapoison',
        'devmodelleak',
        'devsecurity',
        'datacontrols',
        'dataqualitycontrol',
        'moretraindata',
        'emptygroup',
        ...GENERAL,
        'ML02',
      ]),
    );
  });

  it('lifecycle "runtime" keeps runtime threats only', () => {
    expect(shown({ lifecycle: ['runtime'] })).toEqual(
      sorted(['runtimemodeltheft', 'runtimemodelconfidentiality', ...GENERAL]),
    );
  });

  it('selecting several lifecycles shows the union', () => {
    const both = visible({ lifecycle: ['use', 'runtime'] });
    expect(both.nodes.has('evasion')).toBe(true);
    expect(both.nodes.has('runtimemodeltheft')).toBe(true);
    expect(both.nodes.has('datapoison')).toBe(false);
  });

  it('combines families: a threat must match lifecycle and impact', () => {
    const result = visible({ lifecycle: ['use'], impact: ['training-data-confidentiality'] });
    // modelinversion has no values of its own and follows disclosureuse; inputthreats holds a shown member.
    expect(sorted([...result.nodes].filter((id) => ALL_THREATS.includes(id)))).toEqual(
      sorted(['inputthreats', 'disclosureuse', 'modelinversion']),
    );
    expect(result.nodes.has('monitoruse')).toBe(true);
    expect(result.nodes.has('trainadversarial')).toBe(false);
    expect(result.nodes.has('ML01')).toBe(false);
    expect(result.counts.threat).toEqual({ shown: 1, total: 6 });
    expect(result.counts['threat-group']).toEqual({ shown: 2, total: 4 });
  });

  it('an impact filter alone keeps the groups above matching threats', () => {
    const result = visible({ impact: ['model-confidentiality'] });
    expect(result.nodes.has('devmodelleak')).toBe(true);
    expect(result.nodes.has('runtimemodeltheft')).toBe(true);
    expect(result.nodes.has('devthreats')).toBe(true);
    expect(result.nodes.has('datapoison')).toBe(false);
    expect(result.nodes.has('emptygroup')).toBe(true);
    expect(result.nodes.has('datacontrols')).toBe(false);
  });

  it('a control-type filter keeps controls of that type and the groups holding them', () => {
    const result = visible({ type: ['development-time-ai-engineer'] });
    expect(
      sorted([...result.nodes].filter((id) => !ALL_THREATS.includes(id) && !/^(ML|LLM)/.test(id))),
    ).toEqual(
      sorted(['trainadversarial', 'dataqualitycontrol', 'moretraindata', 'datacontrols', 'emptygroup']),
    );
    expect(result.counts.threat.shown).toBe(6);
  });

  it('a control group with every member filtered out by type is hidden', () => {
    const result = visible({ type: ['standard-infosec'] });
    expect(result.nodes.has('datacontrols')).toBe(false);
    expect(result.nodes.has('devsecurity')).toBe(true);
    expect(result.nodes.has('secprogram')).toBe(true);
    expect(result.nodes.has('aiprogram')).toBe(false);
    expect(result.nodes.has('governancecontrols')).toBe(true);
    expect(result.nodes.has('generalcontrols')).toBe(true);
  });

  it('a Top 10 item that maps to no threat shows only while no threat filter is active', () => {
    expect(visible({ general: false, type: ['other'] }).nodes.has('LLM10:2026')).toBe(true);
    expect(visible({ lifecycle: ['use'] }).nodes.has('LLM10:2026')).toBe(false);
    expect(visible({ impact: ['model-behaviour-integrity'] }).nodes.has('LLM10:2026')).toBe(false);
  });

  it('general controls follow their toggle', () => {
    const result = visible({ general: false });
    for (const id of GENERAL) expect(result.nodes.has(id)).toBe(false);
    expect(result.nodes.has('monitoruse')).toBe(true);
    expect(result.counts.control).toEqual({ shown: 7, total: 10 });
    expect(result.counts['control-group']).toEqual({ shown: 2, total: 4 });
  });

  it('shows nothing but an empty graph when no threat matches', () => {
    const result = visible({ lifecycle: ['runtime'], impact: ['any-asset-cia'] });
    expect(result.nodes.size).toBe(0);
    expect(result.edges.size).toBe(0);
    expect(result.counts.threat).toEqual({ shown: 0, total: 6 });
  });

  it('shows an edge exactly when both its ends are shown', () => {
    const result = visible({ lifecycle: ['use'] });
    expect(result.edges.has('mitigates:trainadversarial->evasion')).toBe(true);
    expect(result.edges.has('maps-to:ML01->evasion')).toBe(true);
    expect(result.edges.has('part-of:datapoison->devthreats')).toBe(false);
    for (const edge of index.edges) {
      expect(result.edges.has(edge.id)).toBe(result.nodes.has(edge.source) && result.nodes.has(edge.target));
    }
    expect(index.edges.filter((edge) => result.edges.has(edge.id))).toHaveLength(result.edges.size);
  });

  it('hides the members of a matching group that do not match themselves', () => {
    const data = cloneSample();
    const zero = data.nodes.find((node) => node.id === 'zeroknowledgeevasion')!;
    zero.lifecycle = ['runtime'];
    const result = visibleSubgraph(buildIndex(data), { ...DEFAULT_FILTERS, lifecycle: ['use'] });
    expect(result.nodes.has('evasion')).toBe(true);
    expect(result.nodes.has('zeroknowledgeevasion')).toBe(false);
  });

  it('is a pure function of its inputs', () => {
    const filters: Filters = {
      lifecycle: ['use'],
      impact: [],
      type: ['other'],
      general: true,
      edition: '2026',
    };
    expect(visibleSubgraph(index, filters)).toEqual(visibleSubgraph(index, filters));
    expect(filters).toEqual({
      lifecycle: ['use'],
      impact: [],
      type: ['other'],
      general: true,
      edition: '2026',
    });
  });
});

describe('edgesAmong', () => {
  it('answers for one edge as the whole set does, and lists exactly the edges between the nodes', () => {
    const nodes = visible({ lifecycle: ['runtime'] }).nodes;
    const edges = edgesAmong(index, nodes);
    const between = index.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
    expect(between.length).toBeGreaterThan(0);
    expect(between.length).toBeLessThan(index.edges.length);
    for (const edge of index.edges) expect(edges.has(edge.id)).toBe(between.includes(edge));
    expect(edges.has('no such edge')).toBe(false);
    expect(sorted([...edges])).toEqual(sorted(between.map((edge) => edge.id)));
    expect(edges.size).toBe(between.length);
  });
});
