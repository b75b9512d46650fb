import { describe, expect, it } from 'vitest';

import { filterIndex, fold, termIndex } from '../../src/model/termIndex';

import { sampleNodes } from './fixtures/sampleDataset';

const headings = (lang: 'en' | 'ja') => termIndex(sampleNodes, lang).map((section) => section.heading);
const terms = (sections: ReturnType<typeof termIndex>) =>
  sections.flatMap((section) => section.entries.map((entry) => entry.term));

describe('term index', () => {
  it('files Latin terms under their letter, Japanese ones under their kana row or kanji', () => {
    const sections = termIndex(sampleNodes, 'en');
    const of = (term: string) => sections.find((s) => s.entries.some((e) => e.term === term))?.heading;
    expect(of('Evasion')).toBe('E');
    expect(of('データポイズニング')).toBe('タ');
    expect(of('ガバナンス')).toBe('カ');
    expect(of('プロンプトインジェクション')).toBe('ハ');
    expect(of('回避攻撃')).toBe('kanji');
    expect(of('AIガバナンスプログラム（AI PROGRAM）')).toBe('A');
  });

  it('has an entry for every title in both languages, every alias and every Top 10 number', () => {
    const all = terms(termIndex(sampleNodes, 'en'));
    expect(all).toEqual(
      expect.arrayContaining(['Evasion', '回避攻撃', 'adversarial examples', 'ML01', 'LLM10:2026']),
    );
    const evasion = termIndex(sampleNodes, 'en')
      .flatMap((s) => s.entries)
      .filter((entry) => entry.node.id === 'evasion');
    expect(evasion.map((entry) => [entry.term, entry.lang, entry.source])).toEqual(
      expect.arrayContaining([
        ['Evasion', 'en', 'title'],
        ['回避攻撃', 'ja', 'title'],
        ['adversarial examples', 'en', 'alias'],
      ]),
    );
  });

  it('sorts alphabetically within a heading, case-insensitively', () => {
    const d = termIndex(sampleNodes, 'en').find((s) => s.heading === 'D')!;
    const names = d.entries.map((e) => e.term);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('puts Latin headings first in English and Japanese headings first in Japanese', () => {
    const en = headings('en');
    expect(en).toEqual([
      'A',
      'D',
      'E',
      'G',
      'I',
      'L',
      'M',
      'O',
      'P',
      'R',
      'S',
      'T',
      'U',
      'Z',
      'カ',
      'サ',
      'タ',
      'ハ',
      'マ',
      'kanji',
    ]);
    const ja = headings('ja');
    expect(ja.indexOf('カ')).toBeLessThan(ja.indexOf('kanji'));
    expect(ja.indexOf('kanji')).toBeLessThan(ja.indexOf('A'));
    expect(ja.indexOf('カ')).toBeLessThan(ja.indexOf('タ'));
  });

  it('filters by term or node id, folding case, width and hiragana', () => {
    const sections = termIndex(sampleNodes, 'en');
    expect(terms(filterIndex(sections, 'ぽいずに'))).toEqual([
      'データポイズニング',
      'データポイズニング攻撃',
    ]);
    expect(terms(filterIndex(sections, 'ＥＶＡＳＩＯＮ'))).toEqual(
      expect.arrayContaining(['Evasion', 'Zero-knowledge evasion']),
    );
    expect(terms(filterIndex(sections, 'ml01'))).toEqual(
      expect.arrayContaining(['ML01', 'Input Manipulation Attack', '入力操作攻撃']),
    );
    expect(filterIndex(sections, 'zzzz')).toEqual([]);
    expect(filterIndex(sections, '  ')).toEqual(sections);
  });

  it('folds text for matching', () => {
    expect(fold('ＡＩ ぽいずん')).toBe('ai ポイズン');
  });
});
