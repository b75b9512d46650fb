import { describe, expect, it } from 'vitest';

import { countsAsThreat } from '../../src/model/counts';
import { buildIndex } from '../../src/model/graphIndex';
import { controlsForThreat } from '../../src/model/layers/controlsForThreat';
import { summarizeLayer, threatCoverage } from '../../src/model/layers/coverage';
import {
  createLayer,
  pruneLayer,
  setControlAnnotation,
  setLayerScope,
  setThreatAnnotation,
} from '../../src/model/layers/editLayer';
import { riskLevel, riskScore } from '../../src/model/layers/risk';
import type { Dataset } from '../../src/model/schema';

import { datasetEdge, datasetNode, datasetOf } from './fixtures/builders';

/** General controls, a nested threat group with a mitigating control group, and a threat group without members. */
const node = datasetNode;
const edge = datasetEdge;
const dataset: Dataset = datasetOf(
  [
    node('generalcontrols', 'control-group', 'general-controls', 0),
    node('aiprogram', 'control', 'general-controls', 1),
    node('inputthreats', 'threat-group', 'input-threats', 2),
    node('promptinjection', 'threat-group', 'input-threats', 3),
    node('directpromptinjection', 'threat', 'input-threats', 4),
    node('indirectpromptinjection', 'threat', 'input-threats', 5),
    node('monitoruse', 'control', 'input-threats', 6),
    node('iohandling', 'control', 'input-threats', 7),
    node('genericsecthreats', 'threat-group', 'runtime-threats', 8),
  ],
  [
    edge('aiprogram', 'part-of', 'generalcontrols'),
    edge('promptinjection', 'part-of', 'inputthreats'),
    edge('directpromptinjection', 'part-of', 'promptinjection'),
    edge('indirectpromptinjection', 'part-of', 'promptinjection'),
    edge('generalcontrols', 'mitigates', 'inputthreats'),
    edge('monitoruse', 'mitigates', 'inputthreats'),
    edge('iohandling', 'mitigates', 'directpromptinjection'),
    edge('monitoruse', 'mitigates', 'directpromptinjection'),
  ],
);
const index = buildIndex(dataset);
const ALL = new Set(dataset.nodes.map((item) => item.id));
const NOW = '2026-09-01T00:00:00Z';

let layer = createLayer('Test', 'a'.repeat(40), NOW);
layer = setControlAnnotation(layer, 'monitoruse', { status: 'implemented', owner: 'SOC' }, NOW);
layer = setControlAnnotation(layer, 'iohandling', { status: 'planned' }, NOW);
layer = setControlAnnotation(layer, 'aiprogram', { status: 'not-applicable' }, NOW);
layer = setThreatAnnotation(layer, 'directpromptinjection', { likelihood: 4, impact: 5 }, NOW);
layer = setThreatAnnotation(layer, 'indirectpromptinjection', { likelihood: 2, impact: 2 }, NOW);

describe('controlsForThreat', () => {
  it('lists controls directly, through control groups and through threat groups, each once at its nearest link', () => {
    expect(controlsForThreat(index, 'directpromptinjection')).toEqual([
      { controlId: 'aiprogram', via: ['generalcontrols', 'inputthreats'] },
      { controlId: 'monitoruse', via: [] },
      { controlId: 'iohandling', via: [] },
    ]);
    expect(controlsForThreat(index, 'indirectpromptinjection')).toEqual([
      { controlId: 'aiprogram', via: ['generalcontrols', 'inputthreats'] },
      { controlId: 'monitoruse', via: ['inputthreats'] },
    ]);
  });

  it('keeps to the controls in view', () => {
    const visible = new Set([...ALL].filter((id) => id !== 'aiprogram'));
    expect(controlsForThreat(index, 'directpromptinjection', visible).map((item) => item.controlId)).toEqual([
      'monitoruse',
      'iohandling',
    ]);
  });

  it('knows which threats have no member threats', () => {
    expect(
      ['promptinjection', 'directpromptinjection', 'genericsecthreats', 'monitoruse'].map((id) =>
        countsAsThreat(index, id),
      ),
    ).toEqual([false, true, true, false]);
  });
});

describe('coverage and summary', () => {
  it('counts a threat’s controls by status, unannotated ones as unknown', () => {
    expect(threatCoverage(index, layer, 'directpromptinjection')).toMatchObject({
      counts: { implemented: 1, partial: 0, planned: 1, 'not-applicable': 1, unknown: 0 },
      risk: 20,
    });
    expect(threatCoverage(index, null, 'directpromptinjection').counts.unknown).toBe(3);
    expect(threatCoverage(index, layer, 'genericsecthreats')).toMatchObject({ controls: [], risk: null });
  });

  it('summarises the controls and threats in view', () => {
    expect(summarizeLayer(index, layer, ALL)).toEqual({
      controls: {
        total: 3,
        counts: { implemented: 1, partial: 0, planned: 1, 'not-applicable': 1, unknown: 0 },
        implementedShare: 0.5,
      },
      threats: {
        total: 3,
        rated: 2,
        uncovered: ['genericsecthreats'],
        byRisk: [
          { threatId: 'directpromptinjection', risk: 20 },
          { threatId: 'indirectpromptinjection', risk: 4 },
        ],
      },
    });
  });

  it('follows the view: a control out of view is not counted', () => {
    const visible = new Set([...ALL].filter((id) => id !== 'monitoruse'));
    const summary = summarizeLayer(index, layer, visible);
    expect(summary.controls.total).toBe(2);
    expect(summary.controls.implementedShare).toBe(0);
    expect(summary.threats.uncovered).toEqual([
      'directpromptinjection',
      'indirectpromptinjection',
      'genericsecthreats',
    ]);
  });
});

describe('risk', () => {
  it('is likelihood × impact once both are rated, in four bands', () => {
    expect(riskScore({ likelihood: 3 })).toBeNull();
    expect(riskScore(undefined)).toBeNull();
    expect(riskScore({ likelihood: 3, impact: 4 })).toBe(12);
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(riskLevel)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('editing a layer', () => {
  it('removes annotations that say nothing and records the time of the change', () => {
    const later = '2026-09-02T00:00:00Z';
    const edited = setControlAnnotation(layer, 'monitoruse', { status: 'unknown', owner: '' }, later);
    expect(edited.controls).not.toHaveProperty('monitoruse');
    expect(edited.modified).toBe(later);
    expect(edited.created).toBe(NOW);
    expect(setThreatAnnotation(layer, 'indirectpromptinjection', {}, later).threats).not.toHaveProperty(
      'indirectpromptinjection',
    );
    expect(layer.controls).toHaveProperty('monitoruse');
  });

  it('ignores ids that cannot be node ids, prototype keys included', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'Not An Id']) {
      expect(setControlAnnotation(layer, id, { status: 'implemented' }, NOW)).toBe(layer);
    }
    expect(Object.getPrototypeOf(layer.controls)).toBe(Object.prototype);
  });

  it('keeps only valid scope answers', () => {
    const scoped = setLayerScope(layer, { train: 'n', genai: undefined }, NOW);
    expect(scoped.scope).toEqual({ train: 'n' });
    expect(setLayerScope(scoped, {}, NOW)).not.toHaveProperty('scope');
  });

  it('prunes entries the data set does not know', () => {
    const odd = setThreatAnnotation(
      setControlAnnotation(layer, 'retired', { status: 'implemented' }, NOW),
      'monitoruse',
      { impact: 1 },
      NOW,
    );
    const pruned = pruneLayer(odd, index, NOW);
    expect(Object.keys(pruned.controls).sort()).toEqual(['aiprogram', 'iohandling', 'monitoruse']);
    expect(Object.keys(pruned.threats).sort()).toEqual(['directpromptinjection', 'indirectpromptinjection']);
  });
});
