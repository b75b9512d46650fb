import { describe, expect, it } from 'vitest';

import { createNodeSearch } from '../../src/model/search';
import { matchingIds } from '../../src/model/searchResults';
import { tokenize } from '../../src/model/searchTokens';

import { sampleDataset } from './fixtures/sampleDataset';

const engine = await createNodeSearch(sampleDataset);
/** What the search lists: the nodes carrying an identifier first, then those with matching text. */
const ids = (text: string) => {
  const { identified, text: textHits } = engine.search(text);
  return [...identified, ...textHits].map((hit) => hit.id);
};

describe('tokenize', () => {
  it('keeps identifiers whole and split', () => {
    expect(tokenize('AML.T0015')).toEqual(['aml.t0015', 'aml', 't0015']);
  });

  it('splits Japanese into character pairs', () => {
    expect(tokenize('回避攻撃')).toEqual(['回避', '避攻', '攻撃', '撃']);
    expect(tokenize('AIガバナンス')).toEqual(['ai', 'ガバ', 'バナ', 'ナン', 'ンス', 'ス']);
  });

  it('normalises full-width letters', () => {
    expect(tokenize('ＡＩ')).toEqual(['ai']);
  });
});

describe('node search', () => {
  it('finds evasion by its MITRE ATLAS id, as the one exact match', () => {
    const results = engine.search('AML.T0015');
    expect(results.match).toBe('exact');
    expect(results.identified).toEqual([{ id: 'evasion', identifier: 'AML.T0015' }]);
    expect(results.text.map((hit) => hit.id)).not.toContain('evasion');
    expect(matchingIds(results)).toEqual(['evasion']);
    expect(ids('aml.t0015')[0]).toBe('evasion');
  });

  it('matches every text hit when the text is no identifier', () => {
    const results = engine.search('poison');
    expect(results.match).toBe('none');
    expect(matchingIds(results)).toEqual(results.text.map((hit) => hit.id));
  });

  it('lists what starts with the text as identifier matches', () => {
    const results = engine.search('ML0');
    expect(results.match).toBe('prefix');
    expect(matchingIds(results)).toEqual(['ML01', 'ML02']);
  });

  it('finds LLM items by their number, with or without edition, and by the Japanese edition names', () => {
    expect(ids('LLM01:2026')).toContain('LLM01:2026');
    expect(ids('LLM01')).toEqual(expect.arrayContaining(['LLM01:2026', 'LLM01:2025']));
    expect(ids('敵対的攻撃')).toContain('ML01');
  });

  it('finds a node by the upstream spelling of a reference that its catalogue now names otherwise', () => {
    expect(ids('Evade ML model')).toContain('evasion');
  });

  it('finds by title prefix, several words, id and alias', () => {
    expect(ids('poison')).toEqual(expect.arrayContaining(['datapoison', 'ML02']));
    expect(ids('data poi')[0]).toBe('datapoison');
    expect(ids('zeroknowledge')).toContain('zeroknowledgeevasion');
    expect(ids('adversarial examples')).toContain('evasion');
    expect(ids('ML01')[0]).toBe('ML01');
  });

  it('ranks a title equal to the query first', () => {
    expect(ids('データポイズニング')[0]).toBe('datapoison');
    expect(ids('data poisoning')[0]).toBe('datapoison');
  });

  it('forgives a typo in a longer word', () => {
    expect(ids('evassion')).toContain('evasion');
  });

  it('finds Japanese titles by any substring', () => {
    expect(ids('回避')).toEqual(expect.arrayContaining(['evasion', 'zeroknowledgeevasion']));
    expect(ids('ポイズニング')).toEqual(expect.arrayContaining(['datapoison', 'ML02']));
    expect(ids('攻撃')).toContain('evasion');
    expect(ids('撃')).toContain('evasion');
    expect(ids('イズニ')).toContain('datapoison');
  });

  it('finds nothing for empty or unmatched text', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('!!!')).toEqual([]);
    expect(ids('xylophone')).toEqual([]);
  });

  it('limits the number of hits', () => {
    expect(engine.search('summary', 3).text).toHaveLength(3);
  });
});
