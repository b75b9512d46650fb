import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import {
  identifierIndex,
  parseTop10Number,
  structuredIdentifiers,
  top10NumberOf,
} from '../../src/model/identifiers';
import type { Dataset, DatasetNode, Reference } from '../../src/model/schema';

import { datasetNode } from './fixtures/builders';

const atlas = (id: string): Reference => ({ scheme: 'mitre-atlas', id, title: id, basis: 'opencre' });
const cre = (id: string): Reference => ({ scheme: 'opencre', id, title: id, basis: 'opencre' });
const cites = (scheme: Reference['scheme'], id: string, edition: string): Reference => ({
  scheme,
  id,
  edition,
  title: id,
  basis: 'opencre',
});
const withExtra = (node: DatasetNode, extra: Partial<DatasetNode>): DatasetNode => ({ ...node, ...extra });

const evasion = withExtra(datasetNode('evasion', 'threat-group', 'input-threats', 0), {
  references: [
    atlas('AML.T0015'),
    cre('172-546'),
    { scheme: 'nist-ai-100-2', id: '2.2', title: 'x', basis: 'curated' },
  ],
});
const supply = withExtra(datasetNode('supplychainmanage', 'control', 'development-time-threats', 1), {
  references: [atlas('AML.T0010'), atlas('AML.M0014')],
});
const poison = withExtra(datasetNode('datapoison', 'threat', 'development-time-threats', 2), {
  references: [atlas('AML.T0019'), atlas('AML.T0020'), cites('owasp-llm-top10', 'LLM05', '2026')],
});
const anomalous = withExtra(datasetNode('anomalousinputhandling', 'control', 'input-threats', 3), {
  references: [atlas('AML.M0015')],
});
const unwantedSeries = withExtra(datasetNode('unwantedinputserieshandling', 'control', 'input-threats', 4), {
  references: [atlas('AML.M0015')],
});
const promptIo = withExtra(datasetNode('promptinjectioniohandling', 'control', 'input-threats', 5), {
  references: [atlas('AML.M0015')],
});
const directInjection = withExtra(datasetNode('directpromptinjection', 'threat', 'input-threats', 6), {
  references: [atlas('AML.T0051'), atlas('AML.T0051.000'), cites('owasp-llm-top10', 'LLM01', '2026')],
});
const disclosure = withExtra(datasetNode('disclosureinoutput', 'threat', 'input-threats', 7), {
  references: [atlas('AML.T0057')],
});
const top10 = (id: string, kind: 'ml-top10' | 'llm-top10', edition: string, order: number) =>
  withExtra(datasetNode(id, kind, kind, order), {
    edition,
    secid: `secid:weakness/owasp/${kind}@${edition}#${id.slice(0, kind === 'ml-top10' ? 4 : 5)}`,
  });

/** Today's data: the 2023 lists only, with later editions cited by threats. */
const today = [
  evasion,
  supply,
  poison,
  anomalous,
  unwantedSeries,
  promptIo,
  directInjection,
  disclosure,
  top10('ML01', 'ml-top10', '2023', 10),
  top10('ML05', 'ml-top10', '2023', 11),
  top10('ML10', 'ml-top10', '2023', 12),
  top10('LLM01', 'llm-top10', '2023', 13),
  top10('LLM02', 'llm-top10', '2023', 14),
];

const find = identifierIndex(today);
const ids = (text: string, nodes = find) => nodes(text).hits.map((hit) => hit.id);

describe('Top 10 numbers', () => {
  it('reads a number with or without its edition, in any case and width', () => {
    expect(parseTop10Number('LLM01')).toEqual({ code: 'LLM01', edition: null });
    expect(parseTop10Number(' llm01:2026 ')).toEqual({ code: 'LLM01', edition: '2026' });
    expect(parseTop10Number('ＭＬ０５')).toEqual({ code: 'ML05', edition: null });
    expect(parseTop10Number('ML1')).toBeNull();
    expect(parseTop10Number('LLM11')).toBeNull();
    expect(parseTop10Number('AML.T0015')).toBeNull();
  });

  it('takes an item’s edition from the node, its SecID or its id', () => {
    expect(top10NumberOf(top10('LLM01', 'llm-top10', '2023', 0))).toEqual({ code: 'LLM01', edition: '2023' });
    const bySecid = { ...datasetNode('LLM03', 'llm-top10', 'llm-top10', 0), secid: 'secid:x/y/z@2025#LLM03' };
    expect(top10NumberOf(bySecid)).toEqual({ code: 'LLM03', edition: '2025' });
    const byId = datasetNode('llm03-2025', 'llm-top10', 'llm-top10', 0);
    expect(top10NumberOf(byId)).toEqual({ code: 'LLM03', edition: '2025' });
    expect(top10NumberOf(evasion)).toBeNull();
  });
});

describe('identifiers of a node', () => {
  it('are the Top 10 number, the SecID and the ATLAS and OpenCRE ids, not document section numbers', () => {
    expect(structuredIdentifiers(evasion)).toEqual(['AML.T0015', '172-546']);
    expect(structuredIdentifiers(top10('ML05', 'ml-top10', '2023', 0))).toEqual([
      'ML05:2023',
      'secid:weakness/owasp/ml-top10@2023#ML05',
    ]);
  });
});

describe('finding nodes by identifier', () => {
  it('an ATLAS technique finds the node carrying it, and none with a neighbouring number', () => {
    expect(find('AML.T0015')).toEqual({ match: 'exact', hits: [{ id: 'evasion', identifier: 'AML.T0015' }] });
    expect(ids('aml.t0015')).toEqual(['evasion']);
    expect(ids('AML.T0051')).toEqual(['directpromptinjection']);
  });

  it('an ATLAS mitigation finds every control carrying it', () => {
    expect(ids('AML.M0015')).toEqual([
      'anomalousinputhandling',
      'unwantedinputserieshandling',
      'promptinjectioniohandling',
    ]);
  });

  it('a Top 10 number without edition finds the items of every edition', () => {
    const editions = identifierIndex([
      ...today,
      top10('LLM01:2025', 'llm-top10', '2025', 20),
      withExtra(datasetNode('LLM01:2026', 'llm-top10', 'llm-top10', 21), { edition: '2026' }),
      top10('LLM02:2025', 'llm-top10', '2025', 22),
    ]);
    expect(editions('LLM01')).toEqual({
      match: 'exact',
      hits: [
        { id: 'LLM01', identifier: 'LLM01:2023' },
        { id: 'LLM01:2025', identifier: 'LLM01:2025' },
        { id: 'LLM01:2026', identifier: 'LLM01:2026' },
      ],
    });
    expect(ids('LLM01:2026', editions)).toEqual(['LLM01:2026']);
    expect(ids('llm01:2025', editions)).toEqual(['LLM01:2025']);
    // The threats citing LLM01 of 2026 are not the item.
    expect(ids('LLM01:2026', editions)).not.toContain('directpromptinjection');
  });

  it('an edition the data has no item of finds the nodes citing that item', () => {
    expect(find('LLM01:2026')).toEqual({
      match: 'exact',
      hits: [{ id: 'directpromptinjection', identifier: 'LLM01:2026' }],
    });
    expect(ids('LLM05')).toEqual(['datapoison']);
    expect(ids('LLM01:2023')).toEqual(['LLM01']);
  });

  it('ML05, a SecID, an OpenCRE id and a slug find exactly their node', () => {
    expect(find('ML05')).toEqual({ match: 'exact', hits: [{ id: 'ML05', identifier: 'ML05:2023' }] });
    expect(ids('secid:weakness/owasp/ml-top10@2023#ML05')).toEqual(['ML05']);
    expect(ids('172-546')).toEqual(['evasion']);
    expect(ids('evasion')).toEqual(['evasion']);
    expect(ids('Evasion')).toEqual(['evasion']);
  });

  it('the start of identifiers lists the nodes carrying them, by identifier', () => {
    expect(find('AML.T00')).toEqual({
      match: 'prefix',
      hits: [
        { id: 'supplychainmanage', identifier: 'AML.T0010' },
        { id: 'evasion', identifier: 'AML.T0015' },
        { id: 'datapoison', identifier: 'AML.T0019' },
        { id: 'directpromptinjection', identifier: 'AML.T0051' },
        { id: 'disclosureinoutput', identifier: 'AML.T0057' },
      ],
    });
    expect(ids('AML.T005')).toEqual(['directpromptinjection', 'disclosureinoutput']);
    expect(ids('ML1')).toEqual(['ML10']);
    expect(ids('LLM0')).toEqual(['LLM01', 'LLM02']);
  });

  it('plain words, short text and section numbers are no identifiers', () => {
    expect(find('poison').match).toBe('none');
    expect(find('eva').match).toBe('none');
    expect(find('ML').match).toBe('none');
    expect(find('2.2').match).toBe('none');
    expect(find('AML.T9999').match).toBe('none');
    expect(find('').match).toBe('none');
  });
});

describe('identifiers of the shipped data', () => {
  const data = JSON.parse(readFileSync('data/navigator.json', 'utf8')) as Dataset;
  const shipped = identifierIndex(data.nodes);
  const llmItems = data.nodes.filter((node) => node.kind === 'llm-top10' && /^LLM01/.test(node.id));

  it('AML.T0015 is Evasion alone, AML.M0015 the three controls carrying it', () => {
    expect(ids('AML.T0015', shipped)).toEqual(['evasion']);
    expect(ids('AML.M0015', shipped).sort()).toEqual(
      ['anomalousinputhandling', 'promptinjectioniohandling', 'unwantedinputserieshandling'].sort(),
    );
  });

  it('LLM01 is the LLM01 item of every edition the data has, and nothing else', () => {
    expect(llmItems.length).toBeGreaterThan(0);
    expect(shipped('LLM01')).toEqual({
      match: 'exact',
      hits: llmItems.map((node) => ({ id: node.id, identifier: `LLM01:${node.edition}` })),
    });
  });
});
