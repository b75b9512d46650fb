import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { loadCurated } from '../../../scripts/import/curated';
import { loadCuratedFrameworks } from '../../../scripts/import/frameworks/curated';
import {
  checkFrameworksCommitted,
  FRAMEWORKS_FILE,
  frameworksFrom,
  serializeFrameworks,
} from '../../../scripts/import/frameworks/run';
import { importFrom, upstreamFolder } from '../../../scripts/import/run-import';
import type { FrameworksFile } from '../../../src/model/frameworks/schema';

// The framework data as the importer builds it from data/upstream/, and what `npm run data:check` says of edits.
const committed = readFileSync(FRAMEWORKS_FILE, 'utf8');
const curated = loadCurated('data/curated');
const curatedFrameworks = loadCuratedFrameworks();
const navigator = importFrom(upstreamFolder(), curated);
const built = frameworksFrom(navigator, curatedFrameworks);
const { file } = built;

const items = (framework: string) => file.frameworks.find((entry) => entry.id === framework)!.items;
const ids = (framework: string) => items(framework).map((item) => item.id);
const linksOf = (framework: string, item: string) =>
  file.links.filter((link) => link.framework === framework && link.item === item);
const nodesOf = (framework: string, item: string) => linksOf(framework, item).map((link) => link.node);
const edited = (edit: (data: FrameworksFile) => void) => {
  const data = JSON.parse(committed) as FrameworksFile;
  edit(data);
  return serializeFrameworks(data);
};
const lineOf = (path: string, line: number) =>
  readFileSync(`data/upstream/${path}`, 'utf8').split('\n')[line - 1]!;

describe('the framework data', () => {
  it('is exactly what the importer builds, without problems', () => {
    expect(built.report.errors).toEqual([]);
    expect(serializeFrameworks(file)).toBe(committed);
    expect(checkFrameworksCommitted(committed, navigator, built)).toEqual([]);
  });

  it('lists the EU AI Act articles of the regulatory mapping table, with GDPR Art. 22 and NIS2, titled by us', () => {
    expect(ids('eu-ai-act')).toEqual([
      'art3(23)',
      'art5',
      'art6',
      'art9',
      'art10',
      'art11',
      'art12',
      'art13',
      'art14',
      'art15',
      'art25',
      'art50',
      'art73',
      'gdpr-art22',
      'nis2-art23',
    ]);
    const art14 = items('eu-ai-act').find((item) => item.id === 'art14')!;
    expect(art14).toEqual({
      id: 'art14',
      label: 'Art. 14',
      title: { en: 'Human oversight', ja: '人による監視' },
    });
    expect(file.frameworks[0]!.titles).toBe('own');
    // Art. 14 goes to the controls the table gives for it, on the row that names it.
    expect(nodesOf('eu-ai-act', 'art14')).toEqual(['oversight']);
    const basis = linksOf('eu-ai-act', 'art14')[0]!.basis;
    expect(lineOf(basis.file, basis.line)).toMatch(/EU AI Act Art 14.*\/go\/oversight\//);
    expect(basis.url).toMatch(
      /\/blob\/[0-9a-f]{40}\/content\/ai_exchange\/content\/docs\/1_general_controls\.md#L\d+$/,
    );
    expect(nodesOf('eu-ai-act', 'art73')).toEqual(['secprogram', 'monitoruse']);
    expect(nodesOf('eu-ai-act', 'gdpr-art22').sort()).toEqual(['aitransparency', 'oversight']);
  });

  it('lists Art. 15 as ours, with no link: the table leaves it uncovered', () => {
    expect(items('eu-ai-act').find((item) => item.id === 'art15')).toMatchObject({
      label: 'Art. 15',
      curated: true,
    });
    expect(linksOf('eu-ai-act', 'art15')).toEqual([]);
    expect(linksOf('eu-ai-act', 'art3(23)')).toEqual([]);
  });

  it('reads the ISO/IEC 42001 Annex B and 27002 clauses with their coverage notes', () => {
    expect(ids('iso42001')).toEqual(['B.6.2.6', 'B.7.2', 'B.7.4', 'B.7.5', 'B.9.3']);
    expect(linksOf('iso42001', 'B.6.2.6')).toMatchObject([
      {
        node: 'monitoruse',
        coverage: 'full',
        note: 'covers this control fully, but on a high abstraction level',
      },
    ]);
    expect(linksOf('iso42001', 'B.9.3')).toMatchObject([{ node: 'oversight', coverage: 'partial' }]);
    expect(ids('iso27002')).toHaveLength(24);
    expect(ids('iso27002').slice(0, 4)).toEqual(['5.1', '5.3', '5.8', '5.9']);
    expect(linksOf('iso27002', '5.37').map((link) => [link.node, link.coverage])).toEqual([
      ['devprogram', 'minimal'],
      ['devsecurity', 'full'],
    ]);
    expect(linksOf('iso27002', '8.15')).toMatchObject([{ node: 'monitoruse', coverage: 'full' }]);
    for (const framework of ['iso42001', 'iso27002']) {
      for (const item of items(framework)) expect(item.title.ja, `${framework} ${item.id}`).toBeTruthy();
    }
  });

  it('numbers the NCSC/CISA guidelines and gives each DSIT principle the controls of its guideline', () => {
    expect(ids('ncsc')).toEqual([
      ...['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4'],
      ...['3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3', '4.4'],
      ...Array.from({ length: 13 }, (_, index) => `dsit-p${index + 1}`),
    ]);
    expect(nodesOf('ncsc', '1.1')).toEqual(['seceducate']);
    expect(nodesOf('ncsc', 'dsit-p1')).toEqual(['seceducate']);
    expect(items('ncsc').find((item) => item.id === 'dsit-p4')!.title.en).toBe(
      'Enable human responsibility for AI systems',
    );
    expect(linksOf('ncsc', '3.3')).toMatchObject([{ node: 'secprogram', note: 'Part of SECURITY PROGRAM' }]);
    expect(linksOf('ncsc', 'dsit-p13')).toEqual([]);
    expect(items('ncsc').every((item) => item.title.ja)).toBe(true);
  });

  it('lists every ATLAS technique and mitigation with ATLAS’s names and tactics', () => {
    const atlas = parse(readFileSync('data/upstream/atlas/ATLAS.yaml', 'utf8')) as {
      matrices: { techniques: { id: string }[]; mitigations: { id: string }[] }[];
    };
    const all = atlas.matrices.flatMap((matrix) => [...matrix.techniques, ...matrix.mitigations]);
    expect(ids('atlas')).toEqual(all.map((object) => object.id));
    const framework = file.frameworks.find((entry) => entry.id === 'atlas')!;
    expect(framework.source.version).toBe('5.6.0');
    expect(items('atlas').find((item) => item.id === 'AML.T0051.000')).toMatchObject({
      title: { en: 'LLM Prompt Injection: Direct' },
      kind: 'technique',
      tactics: ['AML.TA0005'],
      url: 'https://atlas.mitre.org/techniques/AML.T0051.000',
    });
    expect(nodesOf('atlas', 'AML.M0015')).toEqual(
      expect.arrayContaining(['anomalousinputhandling', 'promptinjectioniohandling']),
    );
  });

  it('links every node to the ATLAS ids and NIST AI 100-2 sections its references name', () => {
    for (const node of navigator.dataset.nodes) {
      for (const reference of node.references) {
        const framework = { 'mitre-atlas': 'atlas', 'nist-ai-100-2': 'nist-ai-100-2' }[
          reference.scheme as string
        ];
        if (!framework || !reference.id) continue;
        expect(nodesOf(framework, reference.id), `${node.id} ${reference.id}`).toContain(node.id);
      }
    }
  });

  it('reaches the Exchange’s threats from the Agentic Top 10 and AISVS through LLM 2026 items, naming the path', () => {
    expect(ids('asi')).toEqual(
      Array.from({ length: 10 }, (_, index) => `ASI${String(index + 1).padStart(2, '0')}`),
    );
    expect(items('asi')[0]!.title).toEqual({ en: 'Agent Goal Hijack', ja: 'エージェントの目標の乗っ取り' });
    const asi01 = linksOf('asi', 'ASI01');
    expect(asi01.find((link) => link.node === 'LLM01:2026')!.via).toBeUndefined();
    expect(asi01.find((link) => link.node === 'directpromptinjection')!.via).toEqual(['LLM01:2026']);
    expect(ids('aisvs')).toEqual(Array.from({ length: 12 }, (_, index) => `C${index + 1}`));
    expect(linksOf('aisvs', 'C2').find((link) => link.node === 'LLM01:2026')).toMatchObject({
      note: 'primary defence (●)',
      basis: { file: 'llm-top10/2026/LLMZZ_Appendix_AISVS_Mapping.md' },
    });
    expect(linksOf('aisvs', 'C2').find((link) => link.node === 'promptinjection')!.via).toEqual([
      'LLM01:2026',
    ]);
  });

  it('reads the NIST AI 100-2 sections the references cite, with each topic', () => {
    expect(items('nist-ai-100-2').find((item) => item.id === '2.4.5')!.title.en).toBe(
      'Differential privacy; Limiting user queries',
    );
    expect(linksOf('nist-ai-100-2', '2.4.5')).toMatchObject([
      { node: 'dataminimize', note: 'Differential privacy' },
      { node: 'ratelimit', note: 'Limiting user queries' },
    ]);
    expect(linksOf('nist-ai-100-2', '3.2')).toMatchObject([{ node: 'supplychainmanage' }]);
  });
});

describe('npm run data:check on the framework data', () => {
  const problems = (text: string) => checkFrameworksCommitted(text, navigator, built);

  it('fails on a link to an item its framework does not list', () => {
    const text = edited((data) => {
      data.links[0]!.item = 'art99';
    });
    expect(problems(text)).toContain(
      'data/frameworks.json links[0].item: "art99" is not an item of eu-ai-act',
    );
  });

  it('fails on a link whose basis line no longer says what the link claims', () => {
    const index = file.links.findIndex((link) => link.framework === 'eu-ai-act' && link.item === 'art14');
    const text = edited((data) => {
      // The row below names Art 13, 50 and GDPR Art 22, and links to oversight too, but not Art 14.
      data.links[index]!.basis.line += 1;
    });
    expect(problems(text)).toContain(
      `data/frameworks.json links[${index}] (eu-ai-act art14 → oversight): ai-exchange/docs/1_general_controls.md:${file.links[index]!.basis.line + 1} no longer says "Art. 14"`,
    );
  });

  it('fails on a clause link whose line lies outside its control’s section', () => {
    const index = file.links.findIndex((link) => link.framework === 'iso42001' && link.item === 'B.6.2.6');
    const text = edited((data) => {
      data.links[index]!.node = 'oversight';
    });
    expect(problems(text).join('\n')).toMatch(
      /\(iso42001 B\.6\.2\.6 → oversight\): .* no longer says it within the section of oversight/,
    );
  });

  it('fails on a path through an LLM item that does not map to the link’s node', () => {
    const index = file.links.findIndex(
      (link) => link.framework === 'asi' && link.node === 'directpromptinjection',
    );
    const text = edited((data) => {
      data.links[index]!.via = ['LLM10:2026'];
    });
    const found = problems(text).join('\n');
    expect(found).toMatch(
      /\(asi ASI\d\d → directpromptinjection\): goes through LLM10:2026, which the item is not linked to/,
    );
    expect(found).toMatch(
      /\(asi ASI\d\d → directpromptinjection\): LLM10:2026 does not map to directpromptinjection/,
    );
  });

  it('fails on a link to a file or line data/upstream does not have', () => {
    const text = edited((data) => {
      data.links[0]!.basis.line = 99999;
      data.links[1]!.basis.file = 'ai-exchange/docs/no_such_page.md';
    });
    const found = problems(text).join('\n');
    expect(found).toMatch(
      /links\[0\] .*: cites ai-exchange\/docs\/1_general_controls\.md:99999, a line the file does not have/,
    );
    expect(found).toMatch(
      /links\[1\] .*: cites ai-exchange\/docs\/no_such_page\.md, a file data\/upstream\/ lacks/,
    );
  });

  it('fails when the committed file is not what the importer builds', () => {
    const text = edited((data) => {
      data.frameworks[0]!.items[0]!.title.en = 'Edited';
    });
    expect(problems(text)).toContain(
      'data/frameworks.json differs from what the importer builds: run `npm run data:import`',
    );
  });

  it('fails when a source line disappears upstream, or names an ATLAS id ATLAS lacks', () => {
    const folder = upstreamFolder();
    const changed: Record<string, string> = {
      'ai-exchange/docs/1_general_controls.md': folder
        .read('ai-exchange/docs/1_general_controls.md')!
        .split('\n')
        .filter((line) => !line.includes('EU AI Act Art 14'))
        .join('\n'),
      'llm-top10/2026/LLM01_PromptInjection.md': folder
        .read('llm-top10/2026/LLM01_PromptInjection.md')!
        .replace('AML.T0054 —', 'AML.T9999 —'),
    };
    const changedNavigator = importFrom(
      { ...folder, read: (path) => changed[path] ?? folder.read(path) },
      curated,
    );
    const rebuilt = frameworksFrom(changedNavigator, curatedFrameworks);
    expect(rebuilt.file.frameworks[0]!.items.find((item) => item.id === 'art14')).toBeUndefined();
    const found = checkFrameworksCommitted(committed, changedNavigator, rebuilt);
    expect(found).toContain(
      'llm-top10/2026/LLM01_PromptInjection.md:184: AML.T9999 is not in MITRE ATLAS 5.6.0',
    );
    expect(found.join('\n')).toMatch(
      /\(eu-ai-act art14 → oversight\): ai-exchange\/docs\/1_general_controls\.md:\d+ no longer says "Art\. 14"/,
    );
    expect(found).toContain(
      'data/frameworks.json differs from what the importer builds: run `npm run data:import`',
    );
  });

  it('fails on our titles that are missing or name an item the source does not', () => {
    const titles = { ...curatedFrameworks['iso42001'].titles };
    delete titles['B.9.3'];
    titles['B.1.1'] = { en: 'Gone', ja: '削除' };
    const errors = frameworksFrom(navigator, {
      ...curatedFrameworks,
      iso42001: { ...curatedFrameworks['iso42001'], titles },
    }).report.errors;
    expect(errors).toContain('data/curated/frameworks.yaml: iso42001 B.9.3 has no title (en and ja)');
    expect(errors).toContain(
      'data/curated/frameworks.yaml: iso42001 has a title for B.1.1, which the source does not name',
    );
  });
});
