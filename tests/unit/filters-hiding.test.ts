import { describe, expect, it } from 'vitest';

import {
  activeFamilies,
  clearFamilies,
  DEFAULT_FILTERS,
  familiesHiding,
  type Filters,
} from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { visibleSubgraph } from '../../src/model/visibility';

import { sampleDataset } from './fixtures/sampleDataset';

const index = buildIndex(sampleDataset);
const filtersOf = (filters: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...filters });
const hiding = (id: string, filters: Partial<Filters>) =>
  familiesHiding(filtersOf(filters), (next) => visibleSubgraph(index, next).nodes.has(id));

describe('familiesHiding', () => {
  it('is empty for a node the filters show', () => {
    expect(hiding('evasion', { lifecycle: ['use'] })).toEqual([]);
    expect(hiding('evasion', {})).toEqual([]);
  });

  it('names the one filter that hides a threat', () => {
    expect(hiding('evasion', { lifecycle: ['runtime'] })).toEqual(['lifecycle']);
  });

  it('names only the filter whose clearing shows a control, not every active one', () => {
    // Training data confidentiality hides the threats TRAIN ADVERSARIAL mitigates; lifecycle "use" keeps them.
    expect(
      hiding('trainadversarial', { lifecycle: ['use'], impact: ['training-data-confidentiality'] }),
    ).toEqual(['impact']);
  });

  it('names two filters when neither alone would show the node', () => {
    // The general controls are switched off, and AI PROGRAM is not a standard information security control.
    expect(hiding('aiprogram', { general: false, type: ['standard-infosec'] })).toEqual(['type', 'general']);
  });

  it('prefers the first filter in the panel when either would do', () => {
    const shows = (filters: Filters) => filters.lifecycle.length === 0 || filters.impact.length === 0;
    expect(familiesHiding(filtersOf({ lifecycle: ['use'], impact: ['model-availability'] }), shows)).toEqual([
      'lifecycle',
    ]);
  });

  it('is null when clearing every filter would not show the node, as when the scope hides it', () => {
    expect(familiesHiding(filtersOf({ lifecycle: ['use'], general: false }), () => false)).toBeNull();
    expect(familiesHiding(DEFAULT_FILTERS, () => false)).toBeNull();
  });
});

describe('activeFamilies and clearFamilies', () => {
  const filters = filtersOf({ impact: ['model-availability'], type: ['other'], general: false });

  it('lists the families that differ from their default, in the panel order', () => {
    expect(activeFamilies(filters)).toEqual(['impact', 'type', 'general']);
    expect(activeFamilies(DEFAULT_FILTERS)).toEqual([]);
  });

  it('clears the named families and keeps the others', () => {
    expect(clearFamilies(filters, ['impact', 'general'])).toEqual(filtersOf({ type: ['other'] }));
    expect(clearFamilies(filters, activeFamilies(filters))).toEqual(DEFAULT_FILTERS);
  });
});
