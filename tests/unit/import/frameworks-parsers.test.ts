import { describe, expect, it } from 'vitest';

import { parseAisvsMapping } from '../../../scripts/import/frameworks/aisvs';
import { parseRegulatoryMapping, regulationsOf } from '../../../scripts/import/frameworks/eu-ai-act';
import { shorten } from '../../../scripts/import/frameworks/found';
import { clauseMentions, clausesOf, coverageOf } from '../../../scripts/import/frameworks/iso';
import { relatedFrameworkRows } from '../../../scripts/import/frameworks/llm-related';
import { dsitMentions, linkPhrases, parseJointGuidelines } from '../../../scripts/import/frameworks/ncsc';
import { referenceMentions } from '../../../scripts/import/frameworks/node-references';

describe('the AI regulatory mapping table (EU AI Act, GDPR, NIS2)', () => {
  const table = [
    'Text before.',
    '',
    '**AI regulatory mapping**',
    '',
    '| Topic (Doc §) | Typical obligation | Exchange security hook (if any) | Compliance program owner |',
    '|---|---|---|---|',
    '| Logging & audit trail (12.8.1) | EU AI Act Art 12 | [#MONITOR USE](/go/monitoruse/) | Compliance |',
    '| Provider conversion (12.7.3, 12.9) | EU AI Act Art 3(23), Art 25 | — | Legal |',
    '| Serious incident (12.9) | Art 73, NIS2 24h/72h/1-month | IR as part of [#SEC PROGRAM](/go/secprogram/) | Legal |',
    '| Describability (12.1.1) | NIST AI RMF | [#AI PROGRAM](/go/aiprogram/) | Governance |',
    '',
    'After the table.',
  ].join('\n');

  it('reads each row: its line, topic, articles with ids and labels, controls and the hook’s words', () => {
    const rows = parseRegulatoryMapping(table);
    expect(rows.map((row) => row.line)).toEqual([7, 8, 9, 10]);
    expect(rows[0]).toEqual({
      line: 7,
      topic: 'Logging & audit trail',
      regulations: [{ id: 'art12', label: 'Art. 12', written: 'Art 12' }],
      slugs: ['monitoruse'],
      hook: '',
    });
    expect(rows[1]!.regulations.map((regulation) => regulation.id)).toEqual(['art3(23)', 'art25']);
    expect(rows[1]!.slugs).toEqual([]);
    expect(rows[2]!.hook).toBe('IR as part of SEC PROGRAM');
    expect(rows[3]!.regulations).toEqual([]);
  });

  it('tells GDPR and NIS2 from the EU AI Act', () => {
    expect(regulationsOf('Art 13, Art 50, GDPR Art 22').map((regulation) => regulation.label)).toEqual([
      'Art. 13',
      'Art. 50',
      'GDPR Art. 22',
    ]);
    expect(regulationsOf('Art 73, NIS2 24h/72h/1-month').map((regulation) => regulation.id)).toEqual([
      'art73',
      'nis2-art23',
    ]);
  });

  it('finds nothing where there is no table', () => {
    expect(parseRegulatoryMapping('no table here')).toEqual([]);
  });
});

describe('the NCSC/CISA joint guidelines and DSIT principles', () => {
  const section = [
    '### How about the NCSC/CISA guidelines?',
    '>Category: discussion  ',
    '>Permalink: https://owaspai.org/go/jointguidelines/',
    '',
    '- Principle 13: Ensure proper data and model disposal',
    '',
    '1. Secure design',
    '',
    '- Raise staff awareness of threats and risks (DSIT principle 1):  ',
    '  #[SECURITY EDUCATE](/go/seceducate/)',
    '- Model the threats to your system (DSIT principle 3):  ',
    '  See Risk analysis under #[SECURITY PROGRAM](/go/secprogram/)',
    '',
    '4. Secure operation and maintenance',
    '',
    '- Monitor your system’s behaviour (DSIT principle 12 and similar to DSIT principle 9 - appropriate testing and validation):  ',
    '  #[CONTINUOUS VALIDATION](/go/continuousvalidation/), #[UNWANTED BIAS TESTING](/go/unwantedbiastesting/)',
    '',
    '### Next section',
    '- Not a guideline (DSIT principle 2):',
  ].join('\n');

  it('numbers the guidelines by part and place, with their DSIT principles and the line of controls below', () => {
    const parsed = parseJointGuidelines(section)!;
    expect(parsed.principles).toEqual([
      { principle: 13, title: 'Ensure proper data and model disposal', line: 5 },
    ]);
    expect(parsed.guidelines.map((guideline) => [guideline.id, guideline.title, guideline.line])).toEqual([
      ['1.1', 'Raise staff awareness of threats and risks', 9],
      ['1.2', 'Model the threats to your system', 11],
      ['4.1', 'Monitor your system’s behaviour', 16],
    ]);
    expect(parsed.guidelines[1]!.controls).toEqual({
      line: 12,
      links: [{ slug: 'secprogram', phrase: 'See Risk analysis under SECURITY PROGRAM' }],
    });
    expect(parsed.guidelines[2]!.dsit).toEqual([
      { principle: 12 },
      { principle: 9, title: 'Appropriate testing and validation' },
    ]);
  });

  it('reads the names DSIT principles are given beside a guideline', () => {
    expect(
      dsitMentions('Make it easy (DSIT principle 4, called Enable human responsibility for AI systems)'),
    ).toEqual([{ principle: 4, title: 'Enable human responsibility for AI systems' }]);
    expect(
      dsitMentions('Updates (DSIT principle 11: Maintain regular security updates, patches and mitigations)'),
    ).toEqual([{ principle: 11, title: 'Maintain regular security updates, patches and mitigations' }]);
    expect(dsitMentions('Manage your technical debt')).toEqual([]);
  });

  it('keeps the words that lead up to a control ("Part of"), shared by a link after a bare "and"', () => {
    expect(
      linkPhrases(
        '  Part of #[SECURITY PROGRAM](/go/secprogram/) and #[SECURE DEVELOPMENT PROGRAM](/go/secdevprogram/)',
      ),
    ).toEqual([
      { slug: 'secprogram', phrase: 'Part of SECURITY PROGRAM' },
      { slug: 'secdevprogram', phrase: 'Part of SECURE DEVELOPMENT PROGRAM' },
    ]);
    expect(linkPhrases('  #[A](/go/aaa/), #[B](/go/bbb/), #[A again](/go/aaa/)')).toEqual([
      { slug: 'aaa' },
      { slug: 'bbb' },
    ]);
  });

  it('finds nothing without the section', () => {
    expect(parseJointGuidelines('# Nothing')).toBeNull();
  });
});

describe('ISO/IEC 42001 and 27002 clauses in Useful standards', () => {
  it('reads clause numbers of either standard, not numbers inside others', () => {
    expect(
      clausesOf('ISO 27002 Controls 8.15 Logging and 8.16 Monitoring activities. Gap: 8.17 is not one'),
    ).toEqual([
      { standard: 'iso27002', clause: '8.15' },
      { standard: 'iso27002', clause: '8.16' },
    ]);
    expect(clausesOf('ISO/IEC 42001 B.6.2.6 discusses AI system operation')).toEqual([
      { standard: 'iso42001', clause: 'B.6.2.6' },
    ]);
    expect(clausesOf('ISO  Controls 5.19, 5.20, 8.30.')).toEqual([
      { standard: 'iso27002', clause: '5.19' },
      { standard: 'iso27002', clause: '5.20' },
      { standard: 'iso27002', clause: '8.30' },
    ]);
    expect(clausesOf('the control description in ISO 27002:2022 is one page')).toEqual([]);
    expect(clausesOf('ISO/IEC 5338 (AI lifecycle) 6.4.1')).toEqual([]);
  });

  it('reads the gap note as coverage', () => {
    expect(coverageOf('covers this control fully, with the particularity')).toBe('full');
    expect(coverageOf('covers this control partly (human oversight only)')).toBe('partial');
    expect(coverageOf('covers this control minimally')).toBe('minimal');
    expect(coverageOf('same as ISO 23894 above')).toBeUndefined();
  });

  it('gives a bullet without a note the note of the bullet above it, and "idem" the one before it', () => {
    const body = [
      'Useful standards include:',
      '  - Many ISO 27002 controls cover operational security. Gap: covers this control fully, with the particularities.',
      '    - ISO 27002 control 5.23 Information security for use of cloud services',
      '  - ISO/IEC 5259 series on Data quality. Gap: covers this control minimally.',
      '  - ISO/iEC 42001 B.7.4 briefly covers data quality for AI. Gap: idem as ISO 5259',
      '  - ISO 27002 control 5.1 Policies for information security',
      'ISO/IEC 42001 B.7.2 briefly mentions development-time data security risks.',
    ];
    expect(clauseMentions(body, 100)).toEqual([
      {
        standard: 'iso27002',
        clause: '5.23',
        line: 102,
        coverage: 'full',
        note: 'covers this control fully, with the particularities',
      },
      {
        standard: 'iso42001',
        clause: 'B.7.4',
        line: 104,
        coverage: 'minimal',
        note: 'covers this control minimally',
      },
      { standard: 'iso27002', clause: '5.1', line: 105 },
      {
        standard: 'iso42001',
        clause: 'B.7.2',
        line: 106,
        note: 'ISO/IEC 42001 B.7.2 briefly mentions development-time data security risks',
      },
    ]);
  });

  it('shortens a long note at a word, with an ellipsis', () => {
    const long = `covers this control fully, ${'with a long particularity '.repeat(10)}`;
    const note = shorten(long);
    expect(note.length).toBeLessThanOrEqual(140);
    expect(note).toMatch(/\w…$/);
    expect(long.startsWith(`${note.slice(0, -1)} `)).toBe(true);
    expect(shorten('covers this control fully. ')).toBe('covers this control fully');
  });
});

describe('MITRE ATLAS and NIST AI 100-2 links in an item', () => {
  it('reads ATLAS ids from their addresses and NIST sections from reference labels, with lines', () => {
    const body = [
      '    - [MITRE ATLAS: sec. AML.M0015: Adversarial Input Detection](https://atlas.mitre.org/mitigations/AML.M0015)',
      '    - [NIST AI 100-2: sec. 2.2.4: Randomized smoothing](https://csrc.nist.gov/pubs/ai/100/2/e2023/final)',
      'See [MITRE ATLAS - LLM Prompt Injection](https://atlas.mitre.org/techniques/AML.T0051.000).',
      '- [ENISA: sec. Table 5:: something](https://www.enisa.europa.eu/)',
    ];
    expect(referenceMentions(body, 10)).toEqual([
      {
        framework: 'atlas',
        id: 'AML.M0015',
        title: 'MITRE ATLAS: sec. AML.M0015: Adversarial Input Detection',
        line: 10,
      },
      { framework: 'nist-ai-100-2', id: '2.2.4', title: 'Randomized smoothing', line: 11 },
      { framework: 'atlas', id: 'AML.T0051.000', title: 'MITRE ATLAS - LLM Prompt Injection', line: 12 },
    ]);
  });
});

describe('the Related Frameworks tables of the LLM Top 10 2026 pages', () => {
  it('reads ASI and ATLAS rows in either layout, and only in that section', () => {
    const page = [
      '## LLM01:2026 Prompt Injection',
      'ASI01 — Agent Goal Hijack is mentioned in the text',
      '### Related Frameworks and Taxonomies',
      '**OWASP Top 10 for Agentic Applications (ASI)**',
      '| ID | Relevance |',
      '|---|---|',
      '| ASI05 — Unexpected Code Execution (RCE) | Shell access. |',
      '| Framework | Reference | Relevance |',
      '| **MITRE ATLAS** | [AML.T0010 — AI Supply Chain Compromise](https://atlas.mitre.org/techniques/AML.T0010) | Sub-techniques. |',
      '| **OWASP GenAI Data Security 2026 (v1.0)** | DSGAI04 — Data Poisoning | Other. |',
      '### Reference Links',
      '| ASI02 — Tool Misuse & Exploitation | later |',
    ].join('\n');
    expect(relatedFrameworkRows(page)).toEqual([
      { framework: 'asi', id: 'ASI05', name: 'Unexpected Code Execution (RCE)', line: 7 },
      { framework: 'atlas', id: 'AML.T0010', name: 'AI Supply Chain Compromise', line: 9 },
    ]);
  });
});

describe('the AISVS appendix', () => {
  it('reads the chapters and the coverage matrix, ● primary and ○ supporting', () => {
    const appendix = [
      'OWASP Top 10 for LLM Applications **2026** to OWASP AISVS **1.0**.',
      '| ID | Chapter |',
      '|---|---|',
      '| **C1** | Training Data Integrity & Traceability |',
      '| **C2** | Input Validation |',
      '',
      '| Risk | C1 | C2 |',
      '|---|:--:|:--:|',
      '| **LLM01** Prompt Injection | | ● |',
      '| **LLM04** Supply Chain | ○ | |',
    ].join('\n');
    expect(parseAisvsMapping(appendix)).toEqual({
      version: '1.0',
      chapters: [
        { id: 'C1', title: 'Training Data Integrity & Traceability', line: 4 },
        { id: 'C2', title: 'Input Validation', line: 5 },
      ],
      marks: [
        { risk: 'LLM01', chapter: 'C2', strength: 'primary', line: 9 },
        { risk: 'LLM04', chapter: 'C1', strength: 'supporting', line: 10 },
      ],
    });
  });
});
