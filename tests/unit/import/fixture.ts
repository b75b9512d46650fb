import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { UpstreamInputs } from '../../../scripts/import/build';
import type { Curated } from '../../../scripts/import/curated';

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

/** What the importer reads from upstream, for the fixture documents: `oldname` is a renamed slug. */
export function fixtureInputs(): UpstreamInputs {
  return {
    docs: fixtureDocs(),
    redirects: [
      { slug: 'oldname', destination: '/docs/1_general_controls/#train-adversarial' },
      { slug: 'trainadversarial', destination: '/docs/1_general_controls/#train-adversarial' },
    ],
    atlas: { version: '5.6.0', names: new Map([['AML.T0015', 'Evade AI Model']]) },
  };
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
    upstream: [
      {
        name: 'Fixture',
        repository: 'https://example.org/fixture',
        commit: '0'.repeat(40),
        date: '2026-01-01',
        licence: 'CC0-1.0',
      },
    ],
    text,
    textFiles: Object.fromEntries(SLUGS.map((slug) => [slug, 'fixture.yaml'])),
    mlTop10: {
      ML01: {
        title_en: 'Input Manipulation Attack',
        aliases_en: ['Adversarial Attack'],
        title_ja: '敵対的攻撃',
        permalink: 'https://mltop10.info/ML01_2023-Input_Manipulation_Attack.html',
        risk: { exploitability: 5, detectability: 3, technical: 5 },
        maps_to: [{ id: 'evasion', basis: 'opencre' }],
        summary_en: 'Crafted inputs.',
        summary_ja: '細工された入力。',
      },
    },
    llmTop10: {},
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
