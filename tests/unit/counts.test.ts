import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { countByKind, countedKindOf, countNodes, countsAsThreat } from '../../src/model/counts';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { summarizeLayer } from '../../src/model/layers/coverage';
import { parseDataset } from '../../src/model/parseDataset';
import { evaluateScope, scopeOf, threatIdsInScope } from '../../src/model/scope/evaluate';
import { parseScopeParam } from '../../src/model/scope/scopeParam';
import { setAsideByScope } from '../../src/model/scope/setAside';
import { visibleSubgraphInScope } from '../../src/model/scope/visibleInScope';

import { datasetEdge, datasetNode, datasetOf } from './fixtures/builders';

/** Two threats in a group, a group standing alone, a control in a control group, a Top 10 item. */
const small = buildIndex(
  datasetOf(
    [
      datasetNode('group', 'threat-group', 'input-threats', 0),
      datasetNode('a', 'threat', 'input-threats', 1),
      datasetNode('b', 'threat', 'input-threats', 2),
      datasetNode('alone', 'threat-group', 'runtime-threats', 3),
      datasetNode('controls', 'control-group', 'input-threats', 4),
      datasetNode('c', 'control', 'input-threats', 5),
      datasetNode('ML01', 'ml-top10', 'ml-top10', 6),
    ],
    [
      datasetEdge('a', 'part-of', 'group'),
      datasetEdge('b', 'part-of', 'group'),
      datasetEdge('c', 'part-of', 'controls'),
      datasetEdge('controls', 'mitigates', 'group'),
      datasetEdge('ML01', 'maps-to', 'a'),
    ],
  ),
);

describe('what counts are made of', () => {
  it('a threat group with member threats is a group; one without is a threat', () => {
    const kind = (id: string) => countedKindOf(small, small.node(id)!);
    expect(['group', 'a', 'alone', 'controls', 'c', 'ML01'].map(kind)).toEqual([
      'threat-group',
      'threat',
      'threat',
      'control-group',
      'control',
      'top10',
    ]);
    expect(countsAsThreat(small, 'alone')).toBe(true);
    expect(countsAsThreat(small, 'group')).toBe(false);
    expect(countsAsThreat(small, 'c')).toBe(false);
    expect(countsAsThreat(small, 'nothing')).toBe(false);
  });

  it('counts shown and total per kind, groups apart', () => {
    expect(countNodes(small, new Set(['group', 'a', 'c', 'ML01']))).toEqual({
      threat: { shown: 1, total: 3 },
      'threat-group': { shown: 1, total: 1 },
      control: { shown: 1, total: 1 },
      'control-group': { shown: 0, total: 1 },
      top10: { shown: 1, total: 1 },
    });
    expect(countByKind(small, new Set(['b', 'alone', 'ML01']))).toEqual({
      threat: 2,
      'threat-group': 0,
      control: 0,
      'control-group': 0,
      top10: 1,
    });
  });
});

describe('one threat count after the scope answers', () => {
  const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const index = buildIndex(parsed.dataset);
  const { answers } = parseScopeParam('train:n,host:provider,genai:n,llm:n');
  const result = evaluateScope(index, answers);
  const view = visibleSubgraphInScope(index, DEFAULT_FILTERS, threatIdsInScope(result));
  const threats = index.nodes.filter((node) => countsAsThreat(index, node.id));
  const byStatus = (status: string) => threats.filter((node) => scopeOf(result, node.id).status === status);

  it('the graph, the scope page and the risk overview count the same threats', () => {
    const shown = view.counts.threat.shown;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(threats.length);
    expect(view.counts.threat.total).toBe(threats.length);
    // The scope page: in scope and a supplier's stay in view.
    expect(byStatus('in-scope').length + byStatus('supplier').length).toBe(shown);
    // The risk overview covers the threats in view.
    expect(summarizeLayer(index, null, view.nodes).threats.total).toBe(shown);
  });

  it('what the count line says is set aside is what the scope page lists', () => {
    const setAside = setAsideByScope(index, result);
    expect(setAside.threats).toEqual(byStatus('out-of-scope'));
    expect(view.setAside.threat).toBe(setAside.threats.length);
    expect(view.setAside.control).toBe(setAside.controls.length);
    expect(view.setAside.top10).toBe(setAside.top10.length);
    for (const { node, because } of [...setAside.controls, ...setAside.top10]) {
      expect(because.length, node.id).toBeGreaterThan(0);
      for (const threat of because)
        expect(view.nodes.has(threat.id), `${node.id} → ${threat.id}`).toBe(false);
    }
  });

  it('nothing is set aside before the first answer', () => {
    expect(setAsideByScope(index, evaluateScope(index, {}))).toEqual({
      threats: [],
      controls: [],
      top10: [],
    });
  });
});
