import { describe, expect, it } from 'vitest';

import { controlLifecycle, controlTypeOfCategory, kindOfCategory } from '../../../scripts/import/classify';
import { controlsListLinks } from '../../../scripts/import/controls-list';
import { cleanTitle, goLinks, parseItems } from '../../../scripts/import/markdown';
import { parsePeriodicTable } from '../../../scripts/import/periodic-table';
import { headingAnchor, parseRedirects, renamedSlugs } from '../../../scripts/import/redirects';
import { atlasMentions, parseOpenCreLink, usefulStandards } from '../../../scripts/import/references';

import { fixtureDocs } from './fixture';

describe('renamed slugs from the site redirects', () => {
  const docs = {
    '2_threats.md': [
      '## 2.1.1. Zero-knowledge evasion',
      '> Category: threat',
      '> Permalink: https://owaspai.org/go/zeroknowledgeevasion/',
      '## 2.1.2. Perfect-knowledge evasion',
      '> Category: threat',
      '> Permalink: https://owaspai.org/go/perfectknowledgeevasion/',
      '#### #EVASION INPUT HANDLING',
      '> Category: runtime AI engineer control',
      '> Permalink: https://owaspai.org/go/evasioninputhandling/',
    ].join('\n'),
  };
  const redirects = parseRedirects(
    JSON.stringify({
      hosting: {
        redirects: [
          { source: '/go/closedboxevasion/', destination: '/docs/2_threats/#211-zero-knowledge-evasion' },
          { source: '/go/zeroknowledgeevasion/', destination: '/docs/2_threats/#211-zero-knowledge-evasion' },
          { source: '/go/openboxevasion/', destination: '/docs/2_threats/#212-percect-knowledge-evasion' },
          { source: '/go/detectadversarialinput/', destination: '/docs/2_threats/#evasion-input-handling' },
          { source: '/go/media/', destination: '/media' },
          { source: '/goto/media/', destination: '/media' },
        ],
      },
    }),
  );

  it('reads the /go/ redirects only', () => {
    expect(redirects.map((redirect) => redirect.slug)).toEqual([
      'closedboxevasion',
      'zeroknowledgeevasion',
      'openboxevasion',
      'detectadversarialinput',
      'media',
    ]);
  });

  it('makes anchors as the site does', () => {
    expect(headingAnchor('3.0 Development-time threats - Introduction')).toBe(
      '30-development-time-threats---introduction',
    );
    expect(headingAnchor('#PROMPT INJECTION I/O HANDLING')).toBe('prompt-injection-io-handling');
  });

  it('maps an old slug to the item with the same destination, heading, or section number', () => {
    expect(renamedSlugs(redirects, docs)).toEqual({
      renamed: {
        closedboxevasion: 'zeroknowledgeevasion',
        openboxevasion: 'perfectknowledgeevasion',
        detectadversarialinput: 'evasioninputhandling',
      },
      unresolved: ['media'],
    });
  });
});

describe('markdown items', () => {
  it('cleans headings into titles', () => {
    expect(cleanTitle('## 2.1.3 Transferability-based evasion')).toBe('Transferability-based evasion');
    expect(cleanTitle('#### #MONITOR USE ')).toBe('MONITOR USE');
    expect(cleanTitle('## 3.0 Development-time threats - Introduction')).toBe('Development-time threats');
  });

  it('finds items with their heading level, and a page root from the front matter', () => {
    const items = parseItems('4.md', fixtureDocs()['4_runtime_application_security_threats.md']!);
    expect(items.map((item) => [item.slug, item.level, item.title])).toEqual([
      ['runtimeconventionalsec', 1, 'Runtime conventional security threats'],
      ['inputdataleak', 2, 'Input data leak'],
      ['modelinputconfidentiality', 4, 'MODEL INPUT CONFIDENTIALITY'],
      ['agentsandboxing', 2, 'Agent sandboxing'],
    ]);
  });

  it('lower-cases /go/ links', () => {
    expect(goLinks('[x](/go/OVERSIGHT/) and <a href="/go/ratelimit/">')).toEqual(['oversight', 'ratelimit']);
  });
});

describe('categories', () => {
  it.each([
    ['group of controls', 'control-group'],
    ['group of input threats', 'threat-group'],
    ['runtime information security control for input threats', 'control'],
    ['runtime conventional security threat (agentic)', 'threat'],
    ['discussion', null],
    ['control details', null],
    ['something else', 'unknown'],
  ])('%s → %s', (category, kind) => expect(kindOfCategory(category)).toBe(kind));

  it('reads lifecycles and control types', () => {
    expect(controlLifecycle('development-time and runtime control')).toEqual(['development-time', 'runtime']);
    expect(controlLifecycle('governance control')).toEqual(['development-time', 'runtime']);
    expect(controlTypeOfCategory('development-time AI-engineer control - pre-training')).toBe(
      'development-time-ai-engineer',
    );
    expect(controlTypeOfCategory('runtime conventional security control (agentic)')).toBe('standard-infosec');
  });
});

describe('references', () => {
  it('parses OpenCRE block links, ids with colons included', () => {
    const url = 'https://atlas.mitre.org/techniques/AML.T0024.000';
    expect(
      parseOpenCreLink(
        'MITRE ATLAS: sec. AML.T0024.000: Exfiltration via AI Inference API: Infer Training Data Membership',
        url,
      ),
    ).toEqual({
      scheme: 'mitre-atlas',
      id: 'AML.T0024.000',
      title: 'Exfiltration via AI Inference API: Infer Training Data Membership',
      url,
      basis: 'opencre',
    });
    expect(parseOpenCreLink('ENISA: sec. Table 3:: Evasion', 'https://enisa.example')).toMatchObject({
      id: 'Table 3',
      title: 'Evasion',
    });
    expect(
      parseOpenCreLink('OWASP Top10 for LLM: sec. LLM05:2026: Data and Model Poisoning', 'https://x.example'),
    ).toMatchObject({
      id: 'LLM05',
      edition: '2026',
    });
    expect(parseOpenCreLink('OpenCRE: Evasion', 'https://opencre.org/cre/370-877')).toMatchObject({
      id: '370-877',
    });
    expect(parseOpenCreLink('Unknown: thing', 'https://x.example')).toBeNull();
  });

  it('collects ATLAS links of the section text and the useful standards', () => {
    const docs = fixtureDocs()['2_threats_through_use.md']!.split('\n');
    expect(atlasMentions(docs)).toEqual([
      expect.objectContaining({ id: 'AML.T0015', title: 'Evade ML model', basis: 'section-text' }),
    ]);
    const standards = usefulStandards(docs);
    expect(standards.map((ref) => ref.scheme)).toEqual(['iso-iec', 'opencre']);
    expect(standards[0]!.title).toBe('ISO 27002 Control 8.16 Monitoring activities');
  });
});

describe('controls lists', () => {
  it('credits nested controls to the threat an enclosing bullet names', () => {
    const body = [
      '**Controls for broad model poisoning:**',
      '- [General controls](/go/generalcontrols/),',
      '- Controls for [data poisoning](/go/datapoison/):',
      '  - [#MORE TRAIN DATA](/go/moretraindata/)',
      '- [#MODEL ENSEMBLE](/go/modelensemble/)',
      '',
      'A paragraph after the list with [a link](/go/elsewhere/).',
    ];
    expect(controlsListLinks(body, (slug) => slug === 'datapoison')).toEqual([
      { slug: 'generalcontrols' },
      { slug: 'moretraindata', context: 'datapoison' },
      { slug: 'modelensemble' },
    ]);
  });
});

describe('periodic table', () => {
  it('resolves rowspans into one row per threat', () => {
    const rows = parsePeriodicTable(fixtureDocs()['ai_security_overview.md']!);
    expect(rows.map((row) => [row.impact, row.threat, row.controls])).toEqual([
      ['Model behaviour Integrity', 'evasion', ['monitoruse', 'trainadversarial']],
      ['Model behaviour Integrity', 'datapoison', ['trainadversarial']],
      ['Model input data Confidentiality', 'inputdataleak', ['modelinputconfidentiality']],
      ['Any asset, CIA', null, []],
    ]);
  });
});
