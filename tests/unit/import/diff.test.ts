import { describe, expect, it } from 'vitest';

import { diffDatasets, formatDiff } from '../../../scripts/upstream/diff';
import { cloneSample, sampleDataset } from '../fixtures/sampleDataset';

describe('what a refresh of an upstream source changes', () => {
  it('says when nothing changes', () => {
    expect(formatDiff(diffDatasets(sampleDataset, cloneSample()))).toEqual(['The data set does not change.']);
  });

  it('names items added, removed and renamed, mappings added, removed and read from elsewhere, and sources', () => {
    const after = cloneSample();
    after.nodes = after.nodes.filter((node) => node.id !== 'LLM10:2026');
    after.nodes.push({
      ...after.nodes.find((node) => node.id === 'LLM01:2026')!,
      id: 'LLM02:2026',
      order: 99,
    });
    after.nodes.find((node) => node.id === 'ML02')!.title = {
      en: 'Training Data Poisoning',
      ja: '学習データの汚染',
    };
    after.edges = after.edges.filter((edge) => !(edge.source === 'ML01' && edge.kind === 'maps-to'));
    after.edges.push({
      source: 'LLM02:2026',
      target: 'promptinjection',
      kind: 'maps-to',
      basis: ['opencre'],
    });
    after.edges.find((edge) => edge.source === 'ML02' && edge.kind === 'maps-to')!.basis = ['opencre'];
    after.successions = [];
    after.upstream[0] = { ...after.upstream[0]!, commit: 'b'.repeat(40), date: '2026-09-30' };
    expect(formatDiff(diffDatasets(sampleDataset, after))).toEqual([
      'Sources (1):',
      '  OWASP AI Exchange: @ 5413fde (2026-08-22) → @ bbbbbbb (2026-09-30)',
      'Items added (1):',
      '  LLM02:2026  Prompt Injection / プロンプトインジェクション',
      'Items removed (1):',
      '  LLM10:2026  Unbounded Consumption / 際限のない消費',
      'Items renamed (1):',
      '  ML02  Data Poisoning Attack / データポイズニング攻撃  →  Training Data Poisoning / 学習データの汚染',
      'Mappings added (1):',
      '  LLM02:2026 → promptinjection',
      'Mappings removed (2):',
      '  ML01 → evasion',
      '  LLM01:2026 carries over LLM01:2025',
      'Mappings read from elsewhere (1):',
      '  ML02 → datapoison: curated → opencre',
    ]);
  });
});
