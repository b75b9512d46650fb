import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { evaluateScope, threatIdsInScope } from '../../src/model/scope/evaluate';
import { explainScope } from '../../src/model/scope/explain';
import { visibleSubgraphInScope } from '../../src/model/scope/visibleInScope';
import { visibleSubgraph } from '../../src/model/visibility';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex(parsed.dataset);

describe('visibleSubgraphInScope', () => {
  it('without a scope it is visibleSubgraph', () => {
    const plain = visibleSubgraph(index, DEFAULT_FILTERS);
    const scoped = visibleSubgraphInScope(index, DEFAULT_FILTERS, null);
    expect(scoped.nodes).toEqual(plain.nodes);
    expect(scoped.edges).toEqual(plain.edges);
    expect(scoped.hiddenByScope.size).toBe(0);
  });

  it('with nothing answered it shows what the filters show', () => {
    const scope = threatIdsInScope(evaluateScope(index, {}));
    expect(visibleSubgraphInScope(index, DEFAULT_FILTERS, scope).nodes).toEqual(
      visibleSubgraph(index, DEFAULT_FILTERS).nodes,
    );
  });

  it('hides out-of-scope threats, controls that only mitigate them and Top 10 items that only map to them', () => {
    const scope = threatIdsInScope(evaluateScope(index, { genai: 'y' }));
    const view = visibleSubgraphInScope(index, DEFAULT_FILTERS, scope);
    for (const id of [
      'evasion',
      'zeroknowledgeevasion',
      'modelinversionandmembership',
      'evasionrobustmodel',
      'ML01',
    ]) {
      expect(view.nodes.has(id)).toBe(false);
      expect(view.hiddenByScope.has(id)).toBe(true);
    }
    // Controls that also mitigate a threat in scope stay, and so does the group around the hidden threats.
    for (const id of ['trainadversarial', 'monitoruse', 'inputthreats', 'disclosureuse', 'ML02']) {
      expect(view.nodes.has(id)).toBe(true);
    }
    expect([...view.edges].some((edge) => edge.includes('evasion'))).toBe(false);
  });

  it('keeps the data set’s totals in the counts', () => {
    const plain = visibleSubgraph(index, DEFAULT_FILTERS);
    const scope = threatIdsInScope(evaluateScope(index, { genai: 'y', llm: 'y', agentic: 'n', rag: 'n' }));
    const view = visibleSubgraphInScope(index, DEFAULT_FILTERS, scope);
    expect(view.counts.threat.total).toBe(plain.counts.threat.total);
    expect(view.counts.control.total).toBe(plain.counts.control.total);
    expect(view.counts.threat.shown).toBeLessThan(plain.counts.threat.shown);
    expect(view.setAside.threat).toBe(plain.counts.threat.shown - view.counts.threat.shown);
  });

  it('combines with the filters: both have to let a node through', () => {
    const scope = threatIdsInScope(evaluateScope(index, { rag: 'n' }));
    const view = visibleSubgraphInScope(index, { ...DEFAULT_FILTERS, lifecycle: ['runtime'] }, scope);
    expect(view.nodes.has('inputdataleak')).toBe(true);
    expect(view.nodes.has('augmentationdatamanipulation')).toBe(false);
    expect(view.nodes.has('augmentationdataintegrity')).toBe(false);
    expect(view.nodes.has('evasion')).toBe(false);
  });

  it('shows supplier threats unless the scope set leaves them out', () => {
    const result = evaluateScope(index, { train: 'n', rag: 'n' });
    const withSupplier = visibleSubgraphInScope(index, DEFAULT_FILTERS, threatIdsInScope(result));
    const withoutSupplier = visibleSubgraphInScope(
      index,
      DEFAULT_FILTERS,
      threatIdsInScope(result, { includeSupplier: false }),
    );
    expect(withSupplier.nodes.has('datapoison')).toBe(true);
    expect(withSupplier.nodes.has('dataqualitycontrol')).toBe(true);
    expect(withoutSupplier.nodes.has('datapoison')).toBe(false);
    expect(withoutSupplier.nodes.has('dataqualitycontrol')).toBe(false);
    expect(withoutSupplier.nodes.has('supplychainmanage')).toBe(true);
  });

  it('keeps a group whose member is in a hand-made scope set, so filters still see its lifecycle', () => {
    const view = visibleSubgraphInScope(
      index,
      { ...DEFAULT_FILTERS, lifecycle: ['use'] },
      new Set(['zeroknowledgeevasion']),
    );
    expect(view.nodes.has('zeroknowledgeevasion')).toBe(true);
    expect(view.nodes.has('evasion')).toBe(true);
    expect(view.nodes.has('promptinjection')).toBe(false);
  });
});

describe('explainScope', () => {
  const en = (answers: Parameters<typeof evaluateScope>[1], id: string) =>
    explainScope(index, evaluateScope(index, answers), id).map((reason) => reason.en);

  it('names the rule behind an out-of-scope threat, in both languages', () => {
    const reasons = explainScope(index, evaluateScope(index, { train: 'y', genai: 'y' }), 'evasion');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]!.en).toMatch(/^Out of scope: .*generative AI/);
    expect(reasons[0]!.ja).toMatch(/^対象外：/);
  });

  it('names the supplier when the model is not trained in-house', () => {
    expect(en({ train: 'n' }, 'devmodelpoison')).toEqual([
      expect.stringMatching(/^Your supplier’s responsibility: you do not train/),
    ]);
  });

  it('says a threat is in scope when nothing rules it out, or asks for answers', () => {
    expect(en({}, 'datapoison')).toEqual(['In scope: answer the scoping questions to narrow the list down.']);
    expect(en({ genai: 'y' }, 'datapoison')).toEqual(['In scope: none of your answers rules it out.']);
  });

  it('explains a group by its members', () => {
    expect(en({ genai: 'y', llm: 'n', agentic: 'n' }, 'promptinjection')).toEqual([
      'Out of scope: every threat in it is out of scope.',
    ]);
    expect(en({ train: 'n', rag: 'n' }, 'modelpoison')).toEqual([
      'In scope: it contains threats in scope, such as Supply-chain model poisoning.',
    ]);
  });

  it('explains controls and Top 10 items by the threats they relate to', () => {
    expect(en({ genai: 'y' }, 'evasionrobustmodel')).toEqual([
      'Out of scope: every threat it mitigates is out of scope.',
    ]);
    expect(en({ genai: 'y' }, 'ML01')).toEqual(['Out of scope: every threat it maps to is out of scope.']);
    expect(en({}, 'monitoruse')[0]).toMatch(
      /^In scope: it mitigates threats in scope, such as .+ and \d+ more\.$/,
    );
    expect(en({ genai: 'y' }, 'aiprogram')[0]).toMatch(/^In scope: a general control/);
  });

  it('has nothing to say about an unknown id', () => {
    expect(explainScope(index, evaluateScope(index, {}), 'nosuchnode')).toEqual([]);
  });
});
