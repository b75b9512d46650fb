import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import {
  counterpartIn,
  isBareLlmNumber,
  llmEditionOf,
  parseLlmItemId,
  top10Number,
} from '../../src/model/editions';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex(parsed.dataset);

describe('LLM Top 10 editions', () => {
  it('reads an LLM id: number and edition', () => {
    expect(parseLlmItemId('LLM08:2026')).toEqual({ number: 'LLM08', edition: '2026' });
    expect(parseLlmItemId('LLM08')).toBeNull();
    expect(llmEditionOf('LLM07:2025')).toBe('2025');
    expect(llmEditionOf('LLM07:2024')).toBeUndefined();
    expect(llmEditionOf('evasion')).toBeUndefined();
    expect(isBareLlmNumber('LLM08')).toBe(true);
    expect(isBareLlmNumber('LLM11')).toBe(false);
  });

  it('numbers a Top 10 item with its edition', () => {
    expect(top10Number({ id: 'ML01', edition: '2023' })).toBe('ML01:2023');
    expect(top10Number({ id: 'LLM08:2026', edition: '2026' })).toBe('LLM08:2026');
  });

  it('finds the item a risk has in another edition, through the successions', () => {
    expect(counterpartIn(index, 'LLM08:2026', '2025')).toBe('LLM07:2025');
    expect(counterpartIn(index, 'LLM08:2026', '2023')).toBeNull();
    expect(counterpartIn(index, 'LLM03:2026', '2023')).toBe('LLM07:2023');
    expect(counterpartIn(index, 'LLM04:2023', '2026')).toBe('LLM06:2026');
    expect(counterpartIn(index, 'LLM01:2025', '2025')).toBe('LLM01:2025');
  });

  it('carries the names of every edition from its pages: LLM08 is a different risk in each', () => {
    const title = (id: string) => index.node(id)?.title;
    expect(title('LLM08:2026')).toEqual({ en: 'Hidden Context Exposure', ja: '隠れたコンテキストの露出' });
    expect(title('LLM08:2025')).toEqual({
      en: 'Vector and Embedding Weaknesses',
      ja: 'ベクトルと埋め込みの脆弱性',
    });
    expect(title('LLM08:2023')).toEqual({ en: 'Excessive Agency', ja: '過剰な代理行為' });
    expect(index.node('LLM08:2026')?.jaTitleSource).toBe('ours');
    expect(index.node('LLM07:2025')?.jaTitleSource).toBe('official');
  });
});
