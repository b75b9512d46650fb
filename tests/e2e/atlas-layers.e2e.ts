import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';
import { atlasLayerStrings } from '../../src/features/atlasLayers/strings';
import { layerStrings } from '../../src/features/layers/strings';
import { ratedTechniques } from '../../src/model/attackLayers/exportAttackLayer';
import { createLayer, serializeLayer, setThreatAnnotation } from '../../src/model/layers/editLayer';
import { parseDataset } from '../../src/model/parseDataset';
import { checkLayerAgainstSpec } from '../unit/attackLayers/layerFormatSpec';

import { FILLED_LIST, launchBrowserForFile, showFilters } from './browser';

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const dataset = parsed.dataset;
const CASE_STUDY = readFileSync('tests/fixtures/attack-navigator/AML.CS0000.json');
const STORE_KEY = 'ai-security-navigator.layers.v1';

/** An annotation layer rating two prompt injection threats and evasion. */
function ratedLayer() {
  const now = '2026-09-02T09:30:00Z';
  let layer = createLayer('Chatbot', dataset.upstream[0]!.commit, now);
  layer = setThreatAnnotation(
    layer,
    'directpromptinjection',
    { likelihood: 4, impact: 3, note: 'Public chat.' },
    now,
  );
  layer = setThreatAnnotation(layer, 'indirectpromptinjection', { likelihood: 5, impact: 5 }, now);
  layer = setThreatAnnotation(layer, 'evasion', { likelihood: 2, impact: 3 }, now);
  return layer;
}

const { open } = launchBrowserForFile();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page, as `rule: target` lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
    return (await axe.run()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  });
}

async function openAtlasLayer(page: Page, lang: 'en' | 'ja', name: string, buffer: Buffer) {
  await page
    .getByLabel(atlasLayerStrings[lang].import.label)
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}

describe.each(['en', 'ja'] as const)('ATLAS Navigator layers (%s)', (lang) => {
  const t = atlasLayerStrings[lang];
  const query = lang === 'ja' ? '?lang=ja' : '';

  it('an ATLAS case study shows the threats and controls of its techniques, and changes no layer', async () => {
    const { page, errors } = await open(`layers${query}`);
    const storedBefore = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
    await openAtlasLayer(page, lang, 'AML.CS0000.json', CASE_STUDY);

    const panel = page.getByTestId('atlas-overlay');
    await panel.waitFor();
    const name = 'Evasion of Deep Learning Detector for Malware C&C Traffic';
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain(name);
    const evasion = panel.locator('[data-atlas-match="evasion"]');
    const evasionTitle = dataset.nodes.find((node) => node.id === 'evasion')!.title[lang];
    expect(await evasion.getByRole('button').textContent()).toContain(evasionTitle);
    expect(await evasion.textContent()).toContain('AML.T0015');
    expect(await panel.locator('[data-atlas-match="discrete"]').textContent()).toContain('AML.T0002.000');
    await panel.locator('.atlas-overlay__unknown summary').click();
    expect(await panel.locator('.atlas-overlay__unknown').textContent()).toContain('AML.T0043.003');
    // The layer's own words: its description.
    await panel.getByText(t.overlay.about).click();
    expect(await panel.textContent()).toContain('The Palo Alto Networks Security AI research team');

    // Marked in the list beside the graph; a click opens the threat.
    const views = (lang === 'ja' ? ja : en).views;
    await page
      .getByRole('navigation', { name: views.label })
      .getByRole('link', { name: views.graph })
      .click();
    await showFilters(page);
    await page.waitForSelector(FILLED_LIST);
    const row = page
      .getByTestId('visible-nodes')
      .locator('li', { has: page.locator('[data-node-id="evasion"]') });
    expect(await row.locator('[data-atlas-mark]').count()).toBe(1);
    await evasion.getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('evasion');

    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(storedBefore);
    await panel.getByRole('button', { name: t.overlay.clear }).click();
    expect(await page.getByTestId('atlas-overlay').count()).toBe(0);
    // The focus stays in the filter column the panel stood in.
    expect(await page.evaluate(() => document.activeElement?.closest('nav.sidebar') !== null)).toBe(true);
    expect(await row.locator('[data-atlas-mark]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the overlay and the section pass axe-core in both colour schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as an inline script, which the app's policy would refuse.
      const { page } = await open(`layers${query}`, { colorScheme, bypassCSP: true });
      await openAtlasLayer(page, lang, 'AML.CS0000.json', CASE_STUDY);
      await page.getByTestId('atlas-overlay').waitFor();
      await page.getByTestId('atlas-overlay').locator('.atlas-overlay__unknown summary').click();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  });

  it('a layer of another domain or version is refused with a message', async () => {
    const { page, errors } = await open(`layers${query}`);
    const enterprise = { ...JSON.parse(CASE_STUDY.toString()), domain: 'enterprise-attack' };
    await openAtlasLayer(page, lang, 'enterprise.json', Buffer.from(JSON.stringify(enterprise)));
    const alert = page.getByTestId('atlas-layers').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(t.import.problem['wrong-domain']);
    const old = { name: 'Old', version: '3.0', domain: 'atlas-atlas', techniques: [] };
    await openAtlasLayer(page, lang, 'old.json', Buffer.from(JSON.stringify(old)));
    await expect.poll(() => alert.textContent()).toContain(t.import.problem['wrong-version']);
    expect(await page.getByTestId('atlas-overlay').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the active layer as a valid v4.5 layer that opens again with the same scores', async () => {
    const { page, errors } = await open(`layers${query}`);
    await page.getByLabel(layerStrings[lang].importFile.label).setInputFiles({
      name: 'chatbot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeLayer(ratedLayer())),
    });
    await page.getByRole('button', { name: layerStrings[lang].review.add }).click();
    const exportButton = page.getByRole('button', { name: t.export.button.replace('{{name}}', 'Chatbot') });
    await expect.poll(() => exportButton.isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^ai-security-atlas-layer-chatbot-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync(await download.path(), 'utf8');
    const exported = JSON.parse(file);
    expect(checkLayerAgainstSpec(exported)).toEqual([]);
    expect(exported.domain).toBe('atlas-atlas');
    const expected = ratedTechniques(dataset.nodes, ratedLayer());
    expect(exported.techniques.map((technique: { techniqueID: string }) => technique.techniqueID)).toEqual([
      ...expected.keys(),
    ]);
    const t0051 = exported.techniques.find(
      (technique: { techniqueID: string }) => technique.techniqueID === 'AML.T0051',
    );
    expect(t0051.score).toBe(25);

    await openAtlasLayer(page, lang, download.suggestedFilename(), Buffer.from(file));
    const panel = page.getByTestId('atlas-overlay');
    await panel.waitFor();
    const score = (value: number) => t.overlay.score.replace('{{score}}', String(value));
    expect(await panel.locator('[data-atlas-match="indirectpromptinjection"]').textContent()).toContain(
      score(25),
    );
    expect(await panel.locator('[data-atlas-match="evasion"]').textContent()).toContain(score(6));
    expect(await panel.locator('[data-atlas-match="directpromptinjection"]').textContent()).toContain(
      'Public chat.',
    );
    expect(await panel.locator('.atlas-overlay__unknown').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
