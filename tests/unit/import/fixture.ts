import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { UpstreamInputs } from '../../../scripts/import/build';
import type { Curated } from '../../../scripts/import/curated';
import { readUpstream } from '../../../scripts/import/run-import';

export const FIXTURE_DIR = 'tests/fixtures/ai-exchange';

export function fixtureDocs(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(FIXTURE_DIR).map((name) => [name, readFileSync(join(FIXTURE_DIR, name), 'utf8')]),
  );
}

const SLUGS = [
  'generalcontrols',
  'governancecontrols',
  'aiprogram',
  'inputthreats',
  'monitoruse',
  'evasion',
  'trainadversarial',
  'zeroknowledgeevasion',
  'developmenttime',
  'datapoison',
  'runtimeconventionalsec',
  'inputdataleak',
  'modelinputconfidentiality',
  'agentsandboxing',
];

/** A Japanese stand-in for every Category line of the fixture documents. */
function fixtureCategories(): Record<string, string> {
  const lines = Object.values(fixtureDocs()).flatMap((text) =>
    [...text.matchAll(/Category: *(.+)$/gm)].map((match) => match[1]!.trim()),
  );
  return Object.fromEntries(lines.map((line) => [line, `分類：${line}`]));
}

const llmPage = (heading: string) =>
  `${heading}\n\n### Description\n\nA prompt changes what the model does.\n`;

/** A folder laid out like data/upstream/, in memory: the fixture documents and one item of each Top 10 list. */
export function fixtureFiles(): Record<string, string> {
  const docs = Object.entries(fixtureDocs()).map(([name, text]) => [`ai-exchange/docs/${name}`, text]);
  return {
    ...Object.fromEntries(docs),
    'ai-exchange/firebase.json': JSON.stringify({
      hosting: {
        redirects: [
          { source: '/go/oldname/', destination: '/docs/1_general_controls/#train-adversarial' },
          { source: '/go/trainadversarial/', destination: '/docs/1_general_controls/#train-adversarial' },
        ],
      },
    }),
    'atlas/ATLAS.yaml': [
      'id: ATLAS',
      'version: 5.6.0',
      'matrices:',
      '- id: ATLAS',
      '  techniques:',
      '  - { id: AML.T0015, name: Evade AI Model }',
      '  mitigations: []',
    ].join('\n'),
    'ml-top10/docs/ML01_2023-Input_Manipulation_Attack.md': [
      '---',
      'title: ML01:2023 Input Manipulation Attack',
      'exploitability: 5',
      'detectability: 3',
      'technical: 5',
      '---',
      '',
      '## Description',
      '',
      'Input manipulation attacks change what a model sees.',
    ].join('\n'),
    'llm-top10/2026/LLM01_PromptInjection.md': llmPage('## LLM01:2026 Prompt Injection'),
    'llm-top10/2026/bump-chart-2025-2026.dc.html':
      '<svg>\n<!-- L0 LLM01 -> R0 LLM01 : unchanged -->\n</svg>\n',
    'llm-top10/2025/LLM01_PromptInjection.md': llmPage('## LLM01:2025 Prompt Injection'),
    'llm-top10/2025-ja/LLM01_PromptInjection.md': llmPage('## LLM01:2025 プロンプトインジェクション'),
    'llm-top10/2023/LLM01_PromptInjection.md': llmPage('## LLM01: Prompt Injection'),
    'sources.yaml': [
      '- id: fixture',
      '  name: Fixture',
      '  repository: https://github.com/example/fixture',
      `  commit: '${'0'.repeat(40)}'`,
      "  date: '2026-01-01'",
      '  licence: CC0-1.0',
      '  licenceFile: LICENSE',
      '  files:',
      "    - { from: docs, to: ai-exchange/docs, match: '\\.md$' }",
      "    - { from: ml, to: ml-top10/docs, match: '\\.md$' }",
      "    - { from: llm, to: llm-top10/2026, match: '\\.(md|html)$' }",
      "    - { from: llm2025, to: llm-top10/2025, match: '\\.md$' }",
      "    - { from: llm2025ja, to: llm-top10/2025-ja, match: '\\.md$' }",
      "    - { from: llm2023, to: llm-top10/2023, match: '\\.md$' }",
    ].join('\n'),
  };
}

/** What the importer reads from upstream, for the fixture files (with `changes` applied): `oldname` is a renamed slug. */
export function fixtureInputs(changes: Record<string, string | undefined> = {}): UpstreamInputs {
  const files = { ...fixtureFiles(), ...changes };
  return readUpstream({
    read: (path) => files[path],
    list: (folder) =>
      Object.keys(files)
        .filter((path) => path.startsWith(`${folder}/`) && files[path] !== undefined)
        .map((path) => path.slice(folder.length + 1))
        .filter((name) => !name.includes('/'))
        .sort(),
  });
}

/** Curated overlays that fit the fixture documents. */
export function fixtureCurated(overrides: Partial<Curated> = {}): Curated {
  const text = Object.fromEntries(
    SLUGS.map((slug) => [
      slug,
      { title_ja: `${slug}の題`, summary_en: `About ${slug}.`, summary_ja: `${slug}の要約。` },
    ]),
  );
  return {
    text,
    textFiles: Object.fromEntries(SLUGS.map((slug) => [slug, 'fixture.yaml'])),
    mlTop10: {
      ML01: {
        aliases_en: ['Adversarial Attack'],
        aliases_ja: ['敵対的攻撃'],
        title_ja: '入力操作攻撃',
        maps_to: [],
        summary_en: 'Crafted inputs.',
        summary_ja: '細工された入力。',
      },
    },
    llmTop10: {
      '2026': {
        LLM01: {
          title_ja: 'プロンプトインジェクション',
          maps_to: [],
          succeeds: [],
          summary_en: 'Prompts take over.',
          summary_ja: 'プロンプトによる乗っ取り。',
        },
      },
      '2025': { LLM01: { maps_to: [], succeeds: [], summary_en: 'Prompts.', summary_ja: 'プロンプト。' } },
      '2023': { LLM01: { maps_to: [], succeeds: [], summary_en: 'Prompts.', summary_ja: 'プロンプト。' } },
    },
    controlTypes: { monitoruse: 'standard-infosec', trainadversarial: 'development-time-ai-engineer' },
    impacts: {
      zeroknowledgeevasion: { impacts: ['model-behaviour-integrity'], reason: 'A form of evasion.' },
    },
    diagram: [{ section: 'input-threats', box: 'inputthreats', always: true, controls: ['monitoruse'] }],
    linkTypos: {},
    referenceNames: {},
    categories: fixtureCategories(),
    ...overrides,
  };
}
