import { describe, expect, it } from 'vitest';

import { buildDataset } from '../../../scripts/import/build';
import { datasetSchema } from '../../../src/model/schema';

import { fixtureCurated, fixtureInputs } from './fixture';

const build = (overrides = {}) => buildDataset(fixtureInputs(), fixtureCurated(overrides));
const edges = (result: ReturnType<typeof build>, kind: string) =>
  result.dataset.edges.filter((edge) => edge.kind === kind).map((edge) => `${edge.source}>${edge.target}`);

describe('buildDataset on fixture documents', () => {
  it('makes one valid node per item, skipping discussion sections', () => {
    const result = build();
    expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
    const ids = result.dataset.nodes.map((node) => node.id);
    expect(ids).toContain('evasion');
    expect(ids).not.toContain('somediscussion');
    expect(ids.filter((id) => id === 'trainadversarial')).toHaveLength(1);
    expect(result.report.notes.join('\n')).toMatch(/trainadversarial.*appears again/);
  });

  it('classifies kinds, sections, lifecycles and control types', () => {
    const nodes = new Map(build().dataset.nodes.map((node) => [node.id, node]));
    expect(nodes.get('evasion')).toMatchObject({
      kind: 'threat-group',
      section: 'input-threats',
      lifecycle: ['use'],
    });
    expect(nodes.get('datapoison')).toMatchObject({ kind: 'threat', lifecycle: ['development-time'] });
    expect(nodes.get('aiprogram')).toMatchObject({ kind: 'control', governance: true });
    expect(nodes.get('monitoruse')).toMatchObject({
      controlType: 'standard-infosec',
      lifecycle: ['runtime'],
    });
    expect(nodes.get('agentsandboxing')).toMatchObject({ kind: 'control', controlType: 'standard-infosec' });
    expect(nodes.get('generalcontrols')?.title.en).toBe('General controls');
    expect(nodes.get('inputthreats')?.title.en).toBe('Input threats');
  });

  it('derives part-of and mitigates edges from structure, lists, the table and the diagram', () => {
    const result = build();
    expect(edges(result, 'part-of')).toEqual(
      expect.arrayContaining([
        'governancecontrols>generalcontrols',
        'aiprogram>governancecontrols',
        'evasion>inputthreats',
      ]),
    );
    const mitigates = edges(result, 'mitigates');
    expect(mitigates).toEqual(
      expect.arrayContaining([
        'monitoruse>inputthreats',
        'trainadversarial>evasion',
        'trainadversarial>datapoison',
        'generalcontrols>evasion',
        'monitoruse>evasion',
        'modelinputconfidentiality>inputdataleak',
        'generalcontrols>runtimeconventionalsec',
      ]),
    );
    // A control at the depth of the page's threats is not nested under the previous threat.
    expect(mitigates).not.toContain('agentsandboxing>inputdataleak');
    const evasion = result.dataset.edges.find(
      (edge) => edge.kind === 'mitigates' && edge.source === 'trainadversarial' && edge.target === 'evasion',
    );
    expect(evasion?.basis).toEqual(['controls-list', 'periodic-table', 'section-structure']);
  });

  it('takes impacts from the Periodic table and the curated file, and groups take the union', () => {
    const nodes = new Map(build().dataset.nodes.map((node) => [node.id, node]));
    expect(nodes.get('inputdataleak')?.impacts).toEqual(['input-data-confidentiality']);
    expect(nodes.get('zeroknowledgeevasion')?.impacts).toEqual(['model-behaviour-integrity']);
    expect(nodes.get('runtimeconventionalsec')?.impacts).toEqual(['input-data-confidentiality']);
  });

  it('parses references and names ATLAS ids as ATLAS does, keeping the upstream spelling as an alias', () => {
    const evasion = build().dataset.nodes.find((node) => node.id === 'evasion')!;
    const atlas = evasion.references.filter((ref) => ref.scheme === 'mitre-atlas');
    // Cited twice (OpenCRE block and text): one reference, which keeps the text's spelling.
    expect(atlas.map((ref) => [ref.title, ref.aliases])).toEqual([['Evade AI Model', ['Evade ML model']]]);
    expect(evasion.references).toContainEqual(
      expect.objectContaining({ scheme: 'owasp-llm-top10', id: 'LLM01', edition: '2026' }),
    );
    const monitor = build().dataset.nodes.find((node) => node.id === 'monitoruse')!;
    expect(monitor.references).toContainEqual(
      expect.objectContaining({ scheme: 'iso-iec', basis: 'useful-standards' }),
    );
  });

  it('adds the Top 10 lists from their pages, with secid, mappings and their sources', () => {
    const result = build();
    expect(result.dataset.nodes.find((node) => node.id === 'ML01')).toMatchObject({
      title: { en: 'Input Manipulation Attack', ja: '入力操作攻撃' },
      aliases: ['Adversarial Attack'],
      aliasesJa: ['敵対的攻撃'],
      jaTitleSource: 'ours',
      secid: 'secid:weakness/owasp/ml-top10@2023#ML01',
      riskFactors: { exploitability: 5, detectability: 3, technical: 5 },
    });
    expect(result.dataset.nodes.find((node) => node.id === 'LLM01:2025')).toMatchObject({
      title: { en: 'Prompt Injection', ja: 'プロンプトインジェクション' },
      jaTitleSource: 'official',
      edition: '2025',
      secid: 'secid:weakness/owasp/llm-top10@2025#LLM01',
      permalink: `https://github.com/example/fixture/blob/${'0'.repeat(40)}/llm2025/LLM01_PromptInjection.md`,
    });
    expect(result.dataset.nodes.find((node) => node.id === 'LLM01:2026')?.jaTitleSource).toBe('ours');
    expect(edges(result, 'maps-to')).toEqual(['ML01>evasion', 'LLM01:2026>evasion']);
    const mapping = result.dataset.edges.find((edge) => edge.source === 'LLM01:2026')!;
    expect(mapping.cites).toEqual([
      {
        basis: 'opencre',
        file: 'ai-exchange/docs/2_threats_through_use.md',
        line: 29,
        url: `https://github.com/example/fixture/blob/${'0'.repeat(40)}/docs/2_threats_through_use.md#L29`,
      },
    ]);
    expect(result.dataset.successions).toEqual([
      expect.objectContaining({ source: 'LLM01:2026', target: 'LLM01:2025', basis: ['edition-notes'] }),
    ]);
  });

  it('checks that the source line of a curated mapping exists and says what it quotes', () => {
    const curated = fixtureCurated();
    const mapping = (line: number, quote: string) => ({
      id: 'datapoison',
      reason_en: 'Because.',
      reason_ja: 'なぜなら。',
      source: { file: 'ml-top10/docs/ML01_2023-Input_Manipulation_Attack.md', line, quote },
    });
    const errors = (line: number, quote: string) =>
      buildDataset(fixtureInputs(), {
        ...curated,
        mlTop10: { ML01: { ...curated.mlTop10.ML01!, maps_to: [mapping(line, quote)] } },
      }).report.errors.join('\n');
    expect(errors(10, 'change what a model sees')).not.toMatch(/ML01 → datapoison/);
    expect(errors(99, 'change what a model sees')).toMatch(
      /ml-top10\.yaml: ML01 → datapoison: ml-top10\/docs\/ML01_2023-Input_Manipulation_Attack\.md has no line 99/,
    );
    expect(errors(10, 'something else')).toMatch(/line 10 of .* does not say "something else"/);
  });

  it('needs our Japanese title for an edition without an official translation, and refuses one otherwise', () => {
    const curated = fixtureCurated();
    const without = { ...curated.llmTop10['2026']!.LLM01!, title_ja: undefined };
    const errors = buildDataset(fixtureInputs(), {
      ...curated,
      llmTop10: {
        ...curated.llmTop10,
        '2026': { LLM01: without },
        '2025': { LLM01: { ...curated.llmTop10['2025']!.LLM01!, title_ja: 'ほか' } },
      },
    }).report.errors.join('\n');
    expect(errors).toMatch(/2026\.yaml: LLM01 needs a title_ja/);
    expect(errors).toMatch(/2025\.yaml: LLM01 has a title_ja, but the 2025 edition has an official one/);
  });

  it('reports what it cannot place instead of dropping it', () => {
    const errors = buildDataset(
      { ...fixtureInputs(), redirects: [] },
      fixtureCurated({ impacts: {}, controlTypes: { nosuchcontrol: 'other' } }),
    ).report.errors.join('\n');
    expect(errors).toMatch(/link to unknown slug "nosuchpage"/);
    expect(errors).toMatch(/link to unknown slug "oldname"/);
    expect(errors).toMatch(/zeroknowledgeevasion: threat without impact/);
    expect(errors).toMatch(/control-types.yaml: "nosuchcontrol" is not a control/);
    const withoutAtlas = buildDataset(
      { ...fixtureInputs(), atlas: { version: '5.6.0', names: new Map() } },
      fixtureCurated(),
    ).report.errors.join('\n');
    expect(withoutAtlas).toMatch(/evasion: AML.T0015 \("Evade AI Model"\) is not in MITRE ATLAS 5.6.0/);
  });

  it('reports curated text for nodes that do not exist and nodes without text', () => {
    const curated = fixtureCurated();
    const text = { ...curated.text, ghost: { title_ja: '幽霊', summary_en: 'Gone.', summary_ja: 'なし。' } };
    delete (text as Record<string, unknown>).evasion;
    const errors = buildDataset(fixtureInputs(), {
      ...curated,
      text,
      textFiles: { ...curated.textFiles, ghost: 'x.yaml' },
    }).report.errors.join('\n');
    expect(errors).toMatch(/"ghost" is not a node/);
    expect(errors).toMatch(/evasion: no summary or Japanese text/);
  });

  it('gives each category line its Japanese and names a line that has none', () => {
    const curated = fixtureCurated();
    const nodes = new Map(build().dataset.nodes.map((node) => [node.id, node]));
    expect(nodes.get('evasion')?.category).toEqual({
      en: 'group of input threats',
      ja: curated.categories['group of input threats'],
    });
    const categories = { ...curated.categories };
    delete categories['input threat'];
    const errors = buildDataset(fixtureInputs(), { ...curated, categories }).report.errors.join('\n');
    expect(errors).toMatch(
      /\.md:\d+: no Japanese for Category "input threat" in data\/curated\/categories\.yaml/,
    );
  });

  it('is deterministic', () => {
    expect(JSON.stringify(build().dataset)).toBe(JSON.stringify(build().dataset));
  });
});
