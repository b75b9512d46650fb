import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';
import { frameworkStrings } from '../../src/features/frameworks/strings';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildFrameworkIndex } from '../../src/model/frameworks/frameworkIndex';
import { lensLinks, lensReach } from '../../src/model/frameworks/lens';
import { parseFrameworksFile as parseFrameworks } from '../../src/model/frameworks/parse';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { visibleSubgraph } from '../../src/model/visibility';

import { FILLED_LIST, launchBrowserForFile, showFilters } from './browser';

// Expectations come from the data files the build serves, so they hold for the full framework data as well.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const index = buildIndex(parsed.dataset);
const file = parseFrameworks(JSON.parse(readFileSync('data/frameworks.json', 'utf8')));
if (!file.ok) throw new Error(`data/frameworks.json is invalid: ${file.errors.join('; ')}`);
const frameworks = buildFrameworkIndex(file.value, index);
const iso = frameworks.framework('iso42001')!;
const act = frameworks.framework('eu-ai-act')!;
const art14 = frameworks.item('eu-ai-act', 'art14')!;
const t = { en: frameworkStrings.en, ja: frameworkStrings.ja };

const { open } = launchBrowserForFile();
const shots = 'test-results/frameworks';
mkdirSync(shots, { recursive: true });

const listedIds = (page: Page) =>
  page.$$eval('[data-testid="visible-nodes"] [data-node-id]', (elements) =>
    elements.map((element) => element.getAttribute('data-node-id') ?? ''),
  );
const search = (page: Page) => new URL(page.url()).search;

describe('framework data in a browser', () => {
  it('is not fetched by the first view, and is once a node is selected', async () => {
    const { page, errors } = await open('');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await showFilters(page);
    await page.waitForSelector(FILLED_LIST);
    await page.waitForSelector('[data-graph-ready="true"]');
    await page.waitForTimeout(500);
    expect(requested.filter((url) => url.includes('frameworks-'))).toEqual([]);
    await page.getByTestId('visible-nodes').locator('[data-node-id="oversight"]').click();
    const section = page.getByTestId('framework-links');
    await section.waitFor();
    expect(requested.filter((url) => url.includes('frameworks-'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`?framework=eu-ai-act:art14 shows the controls Article 14 names, and what it leaves uncovered (${lang})`, async () => {
      const { page, errors } = await open(`?framework=eu-ai-act:art14${lang === 'ja' ? '&lang=ja' : ''}`);
      await showFilters(page);
      const summary = page.getByTestId('framework-lens-summary');
      await summary.waitFor();
      await page.waitForSelector(FILLED_LIST);
      const reach = lensReach(index, lensLinks(frameworks, { framework: 'eu-ai-act', item: 'art14' }));
      const listed = await listedIds(page);
      expect(listed).toContain('oversight');
      for (const id of listed) expect(reach.kept.has(id)).toBe(true);
      const text = await summary.innerText();
      expect(text).toContain(`${act.name[lang]} ${art14.label}`);
      const uncovered = [...visibleSubgraph(index, DEFAULT_FILTERS).nodes].filter(
        (id) => index.node(id)?.kind === 'threat' && !reach.covered.has(id),
      );
      if (uncovered.length > 0) expect(text).toMatch(lang === 'en' ? /left uncovered/ : /対象外/);
      // The lens control names the framework and item chosen; clearing it widens the view again.
      const control = page.getByTestId('framework-lens');
      expect(await control.getByLabel(t[lang].lens.label).inputValue()).toBe('eu-ai-act');
      expect(await control.getByLabel(t[lang].lens.item, { exact: true }).inputValue()).toBe('art14');
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: `${shots}/lens-art14-${lang}.png` });
      await control.getByRole('button', { name: t[lang].lens.clear }).click();
      await page.waitForFunction(() => !location.search.includes('framework'));
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="visible-nodes"] [data-node-id]').length > count,
        listed.length,
      );
      expect(errors).toEqual([]);
    });

    it(`/crosswalk?framework=iso42001 lists the Annex B clauses with their controls and coverage (${lang})`, async () => {
      const { page, errors } = await open(`crosswalk?framework=iso42001${lang === 'ja' ? '&lang=ja' : ''}`);
      const table = page.getByRole('table', {
        name: t[lang].crosswalk.caption.replace('{{name}}', iso.name[lang]),
      });
      await table.waitFor();
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-item-id')));
      expect(rows).toEqual(iso.items.map((item) => item.id));
      for (const item of iso.items) {
        const row = table.locator(`tr[data-item-id="${item.id}"]`);
        expect(await row.getByRole('rowheader').innerText()).toContain(item.label);
        for (const link of frameworks.linksOfItem('iso42001', item.id)) {
          expect(await row.locator(`[data-node-id="${link.node}"]`).count()).toBeGreaterThan(0);
          if (link.coverage) expect(await row.innerText()).toContain(t[lang].coverage[link.coverage]);
        }
      }
      expect(await page.locator('#view-heading').innerText()).toBe((lang === 'en' ? en : ja).views.crosswalk);
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size);
        await page.screenshot({
          path: `${shots}/crosswalk-iso42001-${lang}-${size.width}.png`,
          fullPage: true,
        });
      }
      expect(errors).toEqual([]);
    });
  }

  it('the details list a node’s framework items by framework, each linking to its source', async () => {
    const { page } = await open('?node=oversight');
    const section = page.getByTestId('framework-links');
    await section.waitFor();
    await section.getByRole('heading', { name: act.name.en }).waitFor();
    const link = section.getByRole('link', { name: new RegExp(`^${art14.label.replace('.', '\\.')}`) });
    expect(await link.getAttribute('href')).toBe(art14.url ?? act.source.url);
    await section.getByRole('button', { name: `Show what ${act.name.en} ${art14.label} touches` }).click();
    await page.waitForFunction(() => location.search.includes('framework=eu-ai-act:art14'));
  });

  it('the crosswalk downloads CSV with the formula guard and Markdown; sorting and a framework chosen by keyboard', async () => {
    const { page } = await open('crosswalk');
    const choose = page.getByRole('button', { name: act.name.en });
    await choose.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('framework=eu-ai-act'));
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: en.top10.sort.coverage }).click();
    await page.waitForFunction(() => location.search.includes('sort=coverage'));
    expect(search(page)).toBe('?sort=coverage&framework=eu-ai-act');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: t.en.crosswalk.csv }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFframework,item_id,item,title,relation,node_id,node,coverage,note,via,status',
    );
    expect(csv).toContain('eu-ai-act,art14,Art. 14');
    const mdDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: t.en.crosswalk.markdown }).click();
    const md = readFileSync((await (await mdDownload).path())!, 'utf8');
    expect(md).toContain(`# Crosswalk: ${act.name.en}`);
  });
});
