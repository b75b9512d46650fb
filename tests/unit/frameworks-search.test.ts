import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import {
  frameworkIdentifierIndex,
  frameworkItemIdentifiers,
  normalizeFrameworkIdentifier,
} from '../../src/model/frameworks/identifiers';
import { frameworkProblems } from '../../src/model/frameworks/integrity';
import { parseFrameworksFile } from '../../src/model/frameworks/parse';
import type { FrameworkLink, FrameworksFile } from '../../src/model/frameworks/schema';
import { identifierIndex } from '../../src/model/identifiers';
import { parseDataset } from '../../src/model/parseDataset';
import { createNodeSearch } from '../../src/model/search';
import { matchingIds } from '../../src/model/searchResults';

const basis = { file: 'ai-exchange/docs/1_general_controls.md', line: 318 };
const link = (
  framework: FrameworkLink['framework'],
  item: string,
  node: string,
  extra = {},
): FrameworkLink => ({
  framework,
  item,
  node,
  basis,
  ...extra,
});
const about = { en: 'About.', ja: '概要。' };
const source = { title: 'Source', url: 'https://example.org/' };

/** Two frameworks, listed in the reverse of the app's order; one item of each without links. */
const sample: FrameworksFile = {
  format: 1,
  frameworks: [
    {
      id: 'asi',
      name: { en: 'Agentic Top 10', ja: 'エージェント型 Top 10' },
      about,
      source,
      titles: 'source',
      items: [
        { id: 'ASI01', label: 'ASI01', title: { en: 'Agent Goal Hijack' } },
        { id: 'ASI10', label: 'ASI10', title: { en: 'Rogue Agents' } },
      ],
    },
    {
      id: 'eu-ai-act',
      name: { en: 'EU AI Act', ja: 'EU AI法' },
      about,
      source,
      titles: 'own',
      items: [
        { id: 'art14', label: 'Art. 14', title: { en: 'Human oversight', ja: '人による監視' } },
        { id: 'art15', label: 'Art. 15', title: { en: 'Accuracy', ja: '正確性' }, curated: true },
        {
          id: 'gdpr-art22',
          label: 'GDPR Art. 22',
          title: { en: 'Automated decisions', ja: '自動化された決定' },
        },
      ],
    },
  ],
  links: [
    link('eu-ai-act', 'art14', 'oversight'),
    link('eu-ai-act', 'gdpr-art22', 'oversight'),
    link('eu-ai-act', 'gdpr-art22', 'aitransparency'),
    link('asi', 'ASI01', 'LLM01:2026'),
    link('asi', 'ASI01', 'promptinjection', { via: ['LLM01:2026'] }),
    link('asi', 'ASI01', 'oversight', { via: ['LLM03:2026'] }),
  ],
};

describe('framework file checks', () => {
  it('accept the sample and the committed file', () => {
    expect(
      frameworkProblems(
        sample,
        new Set(['oversight', 'aitransparency', 'promptinjection', 'LLM01:2026', 'LLM03:2026']),
      ),
    ).toEqual([]);
    const committed = JSON.parse(readFileSync('data/frameworks.json', 'utf8')) as unknown;
    const nodes = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
    expect(nodes.ok).toBe(true);
    const ids = new Set(nodes.ok ? nodes.dataset.nodes.map((node) => node.id) : []);
    expect(parseFrameworksFile(committed, ids).ok).toBe(true);
  });

  it('name links to unlisted items, unknown nodes and repeated ids by their path', () => {
    const broken = structuredClone(sample);
    broken.links.push(link('eu-ai-act', 'art99', 'nosuchnode'), link('eu-ai-act', 'art14', 'oversight'));
    broken.frameworks[1]!.items.push({ id: 'art14', label: 'Art. 14', title: { en: 'Again' } });
    const result = parseFrameworksFile(
      broken,
      new Set(['oversight', 'aitransparency', 'promptinjection', 'LLM01:2026', 'LLM03:2026']),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      'frameworks[1].items[3].id: "art14" appears twice in eu-ai-act',
      'links[6].item: "art99" is not an item of eu-ai-act',
      'links[6].node: "nosuchnode" is no node of the data set',
      'links[7]: eu-ai-act art14 → oversight is linked twice',
    ]);
  });

  it('refuses what the schema refuses, naming the field', () => {
    const result = parseFrameworksFile({ ...sample, links: [{ ...sample.links[0], coverage: 'most' }] });
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/^links\[0\]\.coverage: /);
  });
});

describe('framework identifiers', () => {
  const find = frameworkIdentifierIndex(sample);

  it('reads the ways an article is written as one', () => {
    for (const text of ['Art. 14', 'art 14', 'ART14', 'Article 14', 'Ａｒｔ．１４']) {
      expect(normalizeFrameworkIdentifier(text), text).toBe('art 14');
    }
    expect(normalizeFrameworkIdentifier('EU AI Act  Art.14')).toBe('eu ai act art 14');
    expect(find('Article 14')).toEqual({
      match: 'exact',
      items: [{ framework: 'eu-ai-act', item: 'art14', label: 'Art. 14', nodes: ['oversight'] }],
    });
  });

  it('tells a GDPR article from the AI Act’s, and finds an item nothing covers', () => {
    expect(find('GDPR Art 22').items.map((item) => item.item)).toEqual(['gdpr-art22']);
    expect(find('Art. 22')).toEqual({ match: 'none', items: [] });
    expect(find('Art. 15').items).toEqual([
      { framework: 'eu-ai-act', item: 'art15', label: 'Art. 15', nodes: [] },
    ]);
  });

  it('lists the items an identifier starts, and needs a framework’s name before shared section numbers', () => {
    expect(find('ASI').match).toBe('none');
    expect(find('ASI0').items.map((item) => item.item)).toEqual(['ASI01']);
    expect(frameworkItemIdentifiers('ncsc', { id: '1.1', label: '1.1', title: { en: 'x' } })).toEqual([
      'NCSC 1.1',
    ]);
    expect(
      frameworkItemIdentifiers('ncsc', { id: 'dsit-p4', label: 'DSIT Principle 4', title: { en: 'x' } }),
    ).toEqual(['DSIT Principle 4', 'NCSC DSIT Principle 4', 'DSIT P4']);
    expect(frameworkItemIdentifiers('iso27002', { id: '5.9', label: '5.9', title: { en: 'x' } })).toContain(
      'ISO/IEC 27002 5.9',
    );
  });
});

describe('search with the framework data', async () => {
  const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const frameworks = JSON.parse(readFileSync('data/frameworks.json', 'utf8')) as FrameworksFile;
  const search = await createNodeSearch(parsed.dataset, frameworks);

  it('finds the controls the AI regulatory mapping gives for an article, as exact matches', () => {
    const results = search.search('Art. 14');
    expect(results.match).toBe('exact');
    expect(results.identified).toEqual([{ id: 'oversight', identifier: 'Art. 14' }]);
    expect(results.items).toEqual([
      { framework: 'eu-ai-act', item: 'art14', label: 'Art. 14', nodes: ['oversight'] },
    ]);
  });

  it('finds ISO/IEC 42001 and 27002 clauses, Agentic Top 10 items and ATLAS mitigations exactly', () => {
    expect(matchingIds(search.search('B.6.2.6'))).toEqual(['monitoruse']);
    expect(matchingIds(search.search('ISO 27002 8.15'))).toEqual(['monitoruse']);
    const asi01 = search.search('ASI01');
    expect(asi01.match).toBe('exact');
    expect(matchingIds(asi01)).toEqual(expect.arrayContaining(['LLM01:2026', 'directpromptinjection']));
    const m0015 = search.search('AML.M0015');
    expect(m0015.match).toBe('exact');
    expect(matchingIds(m0015)).toEqual(
      expect.arrayContaining([
        'anomalousinputhandling',
        'unwantedinputserieshandling',
        'promptinjectioniohandling',
      ]),
    );
  });

  it('says which item an identifier names when nothing is linked to it, and searches the words', () => {
    const results = search.search('Art. 15');
    expect(results.match).toBe('none');
    expect(results.identified).toEqual([]);
    expect(results.items).toEqual([{ framework: 'eu-ai-act', item: 'art15', label: 'Art. 15', nodes: [] }]);
  });

  it('keeps finding nodes by their own identifiers', () => {
    expect(matchingIds(search.search('evasion'))[0]).toBe('evasion');
    expect(search.search('LLM01:2026').identified[0]!.id).toBe('LLM01:2026');
  });

  it('is the same without framework data as before', () => {
    const find = identifierIndex(parsed.dataset.nodes);
    expect(find('Art. 14')).toEqual({ match: 'none', hits: [] });
  });
});
