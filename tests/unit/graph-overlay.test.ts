import { describe, expect, it } from 'vitest';

import { overlayClasses } from '../../src/features/graph/overlayClasses';
import { overlayLegend } from '../../src/features/graph/overlayLegend';

describe('overlayClasses', () => {
  it('gives each marked node its role, scope, status and risk classes, and leaves the rest out', () => {
    const classes = overlayClasses({
      roleFocus: new Set(['datapoison', 'monitoruse']),
      supplier: new Set(['modeltheft']),
      marks: new Map([
        ['monitoruse', { status: 'partial' as const }],
        ['datapoison', { risk: 'critical' as const }],
      ]),
    });
    expect(Object.fromEntries(classes)).toEqual({
      datapoison: ['role-focus', 'risk-critical'],
      monitoruse: ['role-focus', 'status-partial'],
      modeltheft: ['scope-supplier'],
    });
  });

  it('marks the threats and controls an opened ATLAS layer reaches', () => {
    const classes = overlayClasses({
      roleFocus: new Set(),
      supplier: new Set(),
      marks: new Map([['evasion', { risk: 'high' as const }]]),
      atlas: new Set(['evasion', 'discrete']),
    });
    expect(Object.fromEntries(classes)).toEqual({
      evasion: ['risk-high', 'atlas-layer'],
      discrete: ['atlas-layer'],
    });
    expect(overlayLegend({ role: null, supplier: null, layer: null, atlas: 'in the ATLAS layer' })).toEqual([
      { key: 'atlas', symbol: '◆', colour: '#0e7490', text: 'in the ATLAS layer' },
    ]);
  });

  it('marks nothing without a role, a supplier threat or a layer', () => {
    expect(overlayClasses({ roleFocus: new Set(), supplier: new Set(), marks: new Map() }).size).toBe(0);
  });
});

describe('overlayLegend', () => {
  const layer = { status: (status: string) => `status ${status}`, risk: (level: string) => `risk ${level}` };

  it('lists the role first, then the supplier, then every status and risk level, each with a symbol', () => {
    const entries = overlayLegend({ role: 'your role', supplier: 'supplier', layer });
    expect(entries.map((entry) => [entry.key, entry.symbol, entry.text])).toEqual([
      ['role', '★', 'your role'],
      ['supplier', '', 'supplier'],
      ['status-implemented', '✓', 'status implemented'],
      ['status-partial', '◐', 'status partial'],
      ['status-planned', '○', 'status planned'],
      ['status-not-applicable', '–', 'status not-applicable'],
      ['status-unknown', '?', 'status unknown'],
      ['risk-low', '!', 'risk low'],
      ['risk-medium', '!!', 'risk medium'],
      ['risk-high', '!!!', 'risk high'],
      ['risk-critical', '!!!!', 'risk critical'],
    ]);
    expect(entries.find((entry) => entry.key === 'supplier')?.dashed).toBe(true);
  });

  it('is empty while nothing is marked', () => {
    expect(overlayLegend({ role: null, supplier: null, layer: null })).toEqual([]);
  });
});
