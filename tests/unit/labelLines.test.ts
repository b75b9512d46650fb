import { describe, expect, it } from 'vitest';

import { labelLines, textWidth } from '../../src/model/labelLines';

const font = { language: 'en' as const, bold: false, size: 12 };

describe('the lines of a name', () => {
  it('keeps a name that fits on one line', () => {
    expect(labelLines('Evasion', 150, font)).toEqual(['Evasion']);
  });

  it('breaks at spaces into lines no wider than the node allows, words in order', () => {
    const name = 'Direct development-time model poisoning through the supply chain';
    const lines = labelLines(name, 120, font);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(name);
    for (const line of lines) expect(textWidth(line, font)).toBeLessThanOrEqual(120);
  });

  it('keeps a word longer than a line whole, and the line breaks already in the name', () => {
    expect(labelLines('Supercalifragilisticexpialidocious x', 60, font)).toEqual([
      'Supercalifragilisticexpialidocious',
      'x',
    ]);
    expect(labelLines('ML01\nInput manipulation', 200, font)).toEqual(['ML01', 'Input manipulation']);
  });

  it('breaks Japanese where zero-width spaces mark the words, and drops them', () => {
    const lines = labelLines('学習\u200bデータ\u200b汚染\u200bによる\u200b攻撃', 50, {
      ...font,
      language: 'ja',
    });
    expect(lines.join('')).toBe('学習データ汚染による攻撃');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toContain('\u200b');
  });

  it('counts a kana or kanji as a full em, bolder text as wider', () => {
    expect(textWidth('攻撃', { ...font, language: 'ja' })).toBe(24);
    expect(textWidth('Model', { ...font, bold: true })).toBeGreaterThan(textWidth('Model', font));
  });
});
