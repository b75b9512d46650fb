import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';
import { listedNodes } from '../../src/model/catalogue';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { periodicTable } from '../../src/model/periodicTable';
import { top10Entries, type Top10Kind } from '../../src/model/top10';
import { visibleSubgraph } from '../../src/model/visibility';

import { appUrl, launchBrowserForFile } from './browser';

// Expectations come from the data set the build serves and the model's own functions, so they hold for any data.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const index = buildIndex(parsed.dataset);
const filtersOf = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const expectedRows = (patch: Partial<Filters> = {}) => {
  const filters = filtersOf(patch);
  return periodicTable(index, filters, visibleSubgraph(index, filters).nodes).flatMap((block) =>
    block.surfaces.flatMap((surface) => surface.rows.map((row) => row.threat.id)),
  );
};
const expectedItems = (kind: Top10Kind, patch: Partial<Filters> = {}) => {
  const filters = filtersOf(patch);
  const visible = visibleSubgraph(index, filters).nodes;
  return top10Entries(index, kind, listedNodes(index, filters, visible), visible, 'id').map((e) => e.item.id);
};
const expectedIndexNodes = (patch: Partial<Filters> = {}) => [...listedNodes(index, filtersOf(patch))].sort();

const { open } = launchBrowserForFile();

const VIEWS = [
  { path: 'table', heading: en.table.heading, headingJa: ja.table.heading },
  { path: 'ml-top10', heading: en.top10['ml-top10'].heading, headingJa: ja.top10['ml-top10'].heading },
  { path: 'llm-top10', heading: en.top10['llm-top10'].heading, headingJa: ja.top10['llm-top10'].heading },
  { path: 'index', heading: en.index.heading, headingJa: ja.index.heading },
] as const;

const viewHeading = (page: Page) => page.locator('#view-heading');
const detailsTitle = (page: Page) => page.getByTestId('details').getByRole('heading', { level: 2 });
const search = (page: Page) => new URL(page.url()).search;
const pathname = (page: Page) => new URL(page.url()).pathname;

const rowIds = (page: Page) =>
  page.$$eval('tr[data-row-threat]', (rows) => rows.map((row) => row.getAttribute('data-row-threat') ?? ''));
const itemIds = (page: Page) =>
  page.$$eval('.top10-card__heading [data-node-id]', (items) =>
    items.map((item) => item.getAttribute('data-node-id') ?? ''),
  );
const indexNodeIds = (page: Page) =>
  page.$$eval('[data-index-entry]', (entries) =>
    [...new Set(entries.map((entry) => entry.getAttribute('data-node-id') ?? ''))].sort(),
  );

describe('the catalogue views in a browser', () => {
  it('each view loads by URL, without console errors', async () => {
    for (const view of VIEWS) {
      const { page, errors } = await open(view.path);
      expect(await viewHeading(page).textContent()).toBe(view.heading);
      await expect.poll(() => page.title()).toBe(`${en.views[view.path]} — ${en.app.name}`);
      expect(
        await page
          .getByRole('navigation', { name: en.views.label })
          .getByRole('link', { name: en.views[view.path] })
          .getAttribute('aria-current'),
      ).toBe('page');
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('the graph page does not load the other views until one is opened', async () => {
    const { page, errors } = await open('');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.waitForSelector('[data-graph-ready="true"]');
    // Nor the workflow views and parts, nor the Japanese strings.
    const lazyChunk =
      /\/(PeriodicTableView|Top10View|IndexView|ScopeRoute|LayersRoute|RoleGuide|SharedLayerPrompt|ja)-[\w-]+\.js$/;
    expect(requested.filter((path) => lazyChunk.test(path))).toEqual([]);
    await page.getByRole('link', { name: en.views.table }).click();
    await expect.poll(() => viewHeading(page).textContent()).toBe(en.table.heading);
    expect(requested.some((path) => /PeriodicTableView-[\w-]+\.js$/.test(path))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a Japanese link shows Japanese from its first words, never English first', async () => {
    const { page, errors } = await open('');
    await page.waitForSelector('[data-graph-ready="true"]');
    // Everything the page shows while it loads, recorded from before its first script runs.
    await page.context().addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenTexts: string[] }).seenTexts = seen;
      new MutationObserver(() => {
        const text = document.getElementById('root')?.textContent;
        if (text) seen.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(appUrl('?lang=ja'));
    await page.waitForSelector('[data-graph-ready="true"]');
    const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts);
    expect(seen.length).toBeGreaterThan(0);
    for (const english of [en.loading, en.app.tagline, en.filters.heading]) {
      expect(seen.filter((text) => text.includes(english))).toEqual([]);
    }
    expect(seen.at(-1)).toContain(ja.app.tagline);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the periodic table shows the rows of a filtered URL, and the matrix hides the controls', async () => {
    const { page, errors } = await open('table?impact=model-confidentiality,training-data-confidentiality');
    await viewHeading(page).waitFor();
    const expected = expectedRows({ impact: ['training-data-confidentiality', 'model-confidentiality'] });
    expect(expected.length).toBeGreaterThan(0);
    expect(await rowIds(page)).toEqual(expected);
    expect(await rowIds(page)).not.toEqual(expectedRows());
    expect(await page.locator('table th[scope="col"]').count()).toBe(3);
    await page.getByRole('button', { name: en.table.layouts.matrix }).click();
    await expect.poll(() => search(page)).toContain('layout=matrix');
    await expect.poll(() => page.locator('table th[scope="col"]').count()).toBe(2);
    expect(await rowIds(page)).toEqual(expected);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Top 10 views show the items of a filtered URL; the LLM list keeps its unmapped items', async () => {
    const { page, errors } = await open('ml-top10?lifecycle=development-time');
    await viewHeading(page).waitFor();
    expect(await itemIds(page)).toEqual(expectedItems('ml-top10', { lifecycle: ['development-time'] }));
    expect((await itemIds(page)).length).toBeLessThan(10);

    await page.goto(appUrl('llm-top10'));
    await viewHeading(page).waitFor();
    expect(await itemIds(page)).toEqual(expectedItems('llm-top10'));
    // The list of the edition shown (the newest) keeps its items without an AI Exchange threat.
    const unmapped = index.nodes.filter(
      (node) =>
        node.kind === 'llm-top10' &&
        node.edition === DEFAULT_FILTERS.edition &&
        index.outgoing(node.id, 'maps-to').length === 0,
    );
    expect(unmapped.length).toBeGreaterThan(0);
    for (const node of unmapped) {
      const card = page.locator('article', { has: page.locator(`[data-node-id="${node.id}"]`) }).first();
      expect(await card.textContent()).toContain(en.top10.noMapping);
    }
    expect(await page.locator('.edition-badge').textContent()).toBe('2026 edition');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorting by a risk factor is a URL and orders the cards', async () => {
    const { page, errors } = await open('ml-top10');
    await viewHeading(page).waitFor();
    await page.getByRole('button', { name: en.top10.sort.technical }).click();
    await expect.poll(() => search(page)).toBe('?sort=technical');
    const technical = async () => (await itemIds(page)).map((id) => index.node(id)!.riskFactors!.technical);
    const expected = [...(await technical())].sort((a, b) => b - a);
    await expect.poll(technical).toEqual(expected);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the index lists what the filters leave, and is used from the keyboard', async () => {
    const { page, errors } = await open('index?lifecycle=use');
    await viewHeading(page).waitFor();
    expect(await indexNodeIds(page)).toEqual(expectedIndexNodes({ lifecycle: ['use'] }));
    const filter = page.getByRole('searchbox', { name: en.index.filter });
    await filter.focus();
    const target = index.node('evasion') ?? index.nodes.find((node) => node.kind === 'threat')!;
    await page.keyboard.type(target.title.en);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URLSearchParams(search(page)).get('node')).toBeTruthy();
    const selected = new URLSearchParams(search(page)).get('node')!;
    expect(await detailsTitle(page).textContent()).toBe(index.node(selected)!.title.en);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selecting in a view opens the details panel', async () => {
    const { page, errors } = await open('table');
    await viewHeading(page).waitFor();
    const threat = expectedRows()[0]!;
    await page.locator(`tr[data-row-threat="${threat}"] .threat-cell__main [data-node-id]`).click();
    await expect.poll(() => search(page)).toBe(`?node=${threat}`);
    expect(await detailsTitle(page).textContent()).toBe(index.node(threat)!.title.en);
    const chip = page.locator(`tr[data-row-threat="${threat}"] .chip__select`).first();
    const control = await chip.getAttribute('data-node-id');
    await chip.click();
    await expect.poll(() => detailsTitle(page).textContent()).toBe(index.node(control!)!.title.en);

    await page.getByRole('link', { name: en.views['ml-top10'] }).click();
    await page.locator('.top10-card__heading [data-node-id]').first().click();
    const item = expectedItems('ml-top10')[0]!;
    await expect.poll(() => detailsTitle(page).textContent()).toBe(index.node(item)!.title.en);
    expect(pathname(page)).toBe('/ml-top10');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('SecID links resolve in both forms, encoded or not; an unknown version is explained', async () => {
    const item = index.nodes.find((node) => node.kind === 'ml-top10' && node.secid)!;
    const versioned = item.secid!;
    const unversioned = versioned.replace(/@[^#]+/, '');
    for (const secid of [versioned, unversioned]) {
      const { page, errors } = await open(`ml-top10?node=${encodeURIComponent(secid)}`);
      await expect.poll(() => search(page)).toBe(`?node=${item.id}`);
      expect(await detailsTitle(page).textContent()).toBe(item.title.en);
      // The SecID is in the lower part of the details, drawn in the frame after the node.
      await expect.poll(() => page.getByTestId('details').textContent()).toContain(versioned);
      expect(errors).toEqual([]);
      await page.context().close();
    }
    // Pasted without encoding, "#ML05" lands in the fragment; the app joins it back.
    const { page, errors } = await open(`?node=${unversioned}&lang=ja`);
    await expect.poll(() => page.url()).toBe(appUrl(`?node=${item.id}&lang=ja`));
    expect(await detailsTitle(page).textContent()).toBe(item.title.ja);
    expect(errors).toEqual([]);
    await page.context().close();

    const { page: other } = await open(`?node=${encodeURIComponent(versioned.replace(/@[^#]+/, '@1999'))}`);
    await other.getByTestId('notices').getByText('1999').waitFor();
    expect(await other.getByTestId('notices').textContent()).toContain('known versions: 2023');
    await other.context().close();
  });

  it('switching views keeps filters, selection and language', async () => {
    const node = expectedRows({ impact: ['model-confidentiality'] })[0]!;
    const query = `?impact=model-confidentiality&node=${node}&lang=ja`;
    const { page, errors } = await open(`table${query}`);
    await viewHeading(page).waitFor();
    const tabs = page.getByRole('navigation', { name: ja.views.label });
    for (const view of ['ml-top10', 'llm-top10', 'index', 'graph', 'table'] as const) {
      await tabs.getByRole('link', { name: ja.views[view] }).click();
      await expect.poll(() => pathname(page)).toBe(view === 'graph' ? '/' : `/${view}`);
      expect(search(page)).toBe(query);
      expect(await detailsTitle(page).textContent()).toBe(index.node(node)!.title.ja);
      expect(await page.getByRole('checkbox', { name: ja.impact['model-confidentiality'] }).isChecked()).toBe(
        true,
      );
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a 320 px phone every view fits the width, in both languages, and the table keeps its controls in sight', async () => {
    const phone = { viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true };
    for (const language of ['en', 'ja'] as const) {
      for (const view of VIEWS) {
        const { page, errors } = await open(`${view.path}?lang=${language}`, phone);
        await viewHeading(page).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        // The other language's name, on one line.
        const other = language === 'en' ? '日本語' : 'English';
        const lines = await page.getByRole('button', { name: other, exact: true }).evaluate((button) => {
          const text = document.createRange();
          text.selectNodeContents(button);
          return new Set([...text.getClientRects()].map((rect) => Math.round(rect.top))).size;
        });
        expect(lines, other).toBe(1);
        if (view.path === 'table') {
          // A card per threat, its controls under it, as wide as the screen allows.
          const card = await page.locator('[data-row-threat]').first().boundingBox();
          expect(card!.width).toBeGreaterThanOrEqual(280);
          const chip = await page.locator('[data-row-threat] .chip').first().boundingBox();
          expect(chip!.x + chip!.width).toBeLessThanOrEqual(320);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('the search’s example is whole in the reading views’ narrower sidebar, in both languages', async () => {
    for (const language of ['en', 'ja'] as const) {
      const { page, errors } = await open(`table?lang=${language}`);
      await viewHeading(page).waitFor();
      const room = await page
        .getByRole('combobox', { name: language === 'en' ? en.search.label : ja.search.label })
        .evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const text = document.createElement('span');
          text.style.font = style.font;
          text.style.whiteSpace = 'pre';
          text.style.position = 'absolute';
          text.textContent = input.placeholder;
          document.body.append(text);
          const needed = text.getBoundingClientRect().width;
          text.remove();
          const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return inner - needed;
        });
      // At least a glyph to spare: with less, the last character was cut off on screen.
      expect(room, language).toBeGreaterThanOrEqual(12);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('renders each view in Japanese (screenshots in test-results/)', async () => {
    mkdirSync('test-results', { recursive: true });
    const shots = [
      ['table', 'table?lang=ja&node=datapoison'],
      ['table-matrix', 'table?layout=matrix&lang=ja'],
      ['ml-top10', 'ml-top10?lang=ja&sort=exploitability&node=ML05'],
      ['llm-top10', 'llm-top10?lang=ja&node=LLM09:2026'],
      ['index', 'index?lang=ja&q=ポイズ'],
    ] as const;
    for (const [name, path] of shots) {
      const { page, errors } = await open(path, { viewport: { width: 1280, height: 800 } });
      await viewHeading(page).waitFor();
      const view = VIEWS.find((candidate) => path.startsWith(candidate.path))!;
      expect(await viewHeading(page).textContent()).toBe(view.headingJa);
      expect(await page.locator('html').getAttribute('lang')).toBe('ja');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      await page.screenshot({ path: `test-results/view-${name}-ja.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const { page } = await open('ml-top10', { viewport: { width: 1280, height: 800 } });
    await viewHeading(page).waitFor();
    await page.screenshot({ path: 'test-results/view-ml-top10-en.png' });
    await page.context().close();
  });
});
