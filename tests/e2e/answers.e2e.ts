import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';
import { countsAsThreat } from '../../src/model/counts';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { evaluateScope, threatIdsInScope } from '../../src/model/scope/evaluate';
import { parseScopeParam } from '../../src/model/scope/scopeParam';
import { visibleSubgraphInScope } from '../../src/model/scope/visibleInScope';

import { FILLED_LIST, launchBrowserForFile } from './browser';

/**
 * The short paths to an answer, as a user in either language takes them: identifiers found exactly, the list and
 * the details from the keyboard, one threat count everywhere, the words of the lifecycle, and lines that break
 * where a reader expects. Expectations come from the served data and the model's rules.
 */

const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const data = parsed.dataset;
const index = buildIndex(data);
const title = (id: string, lang: 'en' | 'ja') => index.node(id)!.title[lang];
const carrying = (referenceId: string) =>
  data.nodes.filter((node) => node.references.some((reference) => reference.id === referenceId));

const { open } = launchBrowserForFile();

async function ready(page: Page) {
  await page.waitForSelector(FILLED_LIST);
  await page.waitForSelector('[data-graph-ready="true"]');
}

const LANGS = [
  ['en', en, ''],
  ['ja', ja, '?lang=ja'],
] as const;

describe('an identifier finds exactly the nodes carrying it', () => {
  async function searchFor(page: Page, strings: typeof en, text: string) {
    const box = page.getByRole('combobox', { name: strings.search.label });
    await box.fill(text);
    const listbox = page.getByRole('listbox', { name: strings.search.results });
    const exact = listbox.getByRole('group', { name: strings.search.exactGroup.replace('{{id}}', text) });
    await exact.getByRole('option').first().waitFor();
    return { listbox, exact };
  }
  const optionIds = (group: ReturnType<Page['getByRole']>) =>
    group
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('data-result-id')));

  const frameworks = JSON.parse(readFileSync('data/frameworks.json', 'utf8')) as {
    links: { framework: string; item: string; node: string; via?: string[] }[];
  };
  const linked = (framework: string, item: string) => [
    ...new Set(
      frameworks.links
        .filter((link) => link.framework === framework && link.item === item && !link.via)
        .map((link) => link.node),
    ),
  ];

  for (const [lang, strings, query] of LANGS) {
    it(`Art. 14 and B.6.2.6 find the controls the framework data links to them, as exact (${lang})`, async () => {
      const { page, errors } = await open(query);
      await ready(page);
      const article = await searchFor(page, strings, 'Art. 14');
      expect((await optionIds(article.exact)).sort()).toEqual(linked('eu-ai-act', 'art14').sort());
      const clause = await searchFor(page, strings, 'B.6.2.6');
      expect((await optionIds(clause.exact)).sort()).toEqual(linked('iso42001', 'B.6.2.6').sort());
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  for (const [lang, strings, query] of LANGS) {
    it(`AML.T0015 lists Evasion alone as exact, AML.M0015 its three controls, LLM01 every edition’s item (${lang})`, async () => {
      const { page, errors } = await open(query);
      await ready(page);

      const evasion = await searchFor(page, strings, 'AML.T0015');
      expect(await optionIds(evasion.exact)).toEqual(carrying('AML.T0015').map((node) => node.id));
      expect(await evasion.exact.getByRole('option').first().textContent()).toContain(title('evasion', lang));
      expect(await evasion.exact.getByRole('option').first().textContent()).toContain(strings.search.exact);
      // Nodes with neighbouring ids come below, unmarked, and the list marks Evasion alone.
      const similar = evasion.listbox.getByRole('group', { name: strings.search.similarGroup });
      if ((await similar.count()) > 0) {
        expect(await similar.getByRole('option').first().textContent()).not.toContain(strings.search.exact);
      }
      const marked = page.getByTestId('visible-nodes').locator('.is-match [data-node-id]');
      await expect
        .poll(() => marked.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-node-id'))))
        .toEqual(['evasion']);

      const mitigation = await searchFor(page, strings, 'AML.M0015');
      const controls = carrying('AML.M0015').map((node) => node.id);
      expect(controls).toHaveLength(3);
      expect(await optionIds(mitigation.exact)).toEqual(controls);

      const llm01 = await searchFor(page, strings, 'LLM01');
      const items = data.nodes.filter((node) => node.kind === 'llm-top10' && node.id.startsWith('LLM01'));
      expect(await optionIds(llm01.exact)).toEqual(items.map((node) => node.id));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the start of an identifier lists the ids that start with it', async () => {
    const { page } = await open('');
    await ready(page);
    const box = page.getByRole('combobox', { name: en.search.label });
    await box.fill('AML.T00');
    const group = page.getByRole('group', { name: en.search.prefixGroup.replace('{{id}}', 'AML.T00') });
    await group.getByRole('option').first().waitFor();
    const shown = await group.locator('.search__identifier code').allTextContents();
    expect(shown.length).toBeGreaterThan(1);
    for (const id of shown) expect(id.startsWith('AML.T00')).toBe(true);
    await page.context().close();
  });
});

describe('from the keyboard', () => {
  it('the list of shown nodes is one Tab stop, walked with the arrows', async () => {
    const { page, errors } = await open('');
    await ready(page);
    const rows = page.getByTestId('visible-nodes').locator('[data-node-id]');
    const ids = await rows.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('data-node-id')),
    );
    await page.getByTestId('visible-nodes').getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Tab');
    const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
    expect(await focusedId()).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedId()).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await focusedId()).toBe(ids.at(-1));
    // One more Tab leaves the list.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('[data-testid="visible-nodes"]')),
    ).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Escape in the details returns the focus to the list row that opened them', async () => {
    const { page } = await open('?lang=ja');
    await ready(page);
    const row = page.getByTestId('visible-nodes').locator('[data-node-id="evasion"]');
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=evasion/);
    await page.getByTestId('details').getByRole('button', { name: ja.details.close }).focus();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('node'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe('evasion');
    await page.context().close();
  });

  it('Escape in the details returns the focus to the node on the graph, beside it or in a phone’s sheet', async () => {
    for (const screen of [{}, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }]) {
      await escapeBackToNode(screen);
    }
  });

  async function escapeBackToNode(screen: BrowserContextOptions) {
    const { page, errors } = await open('', { reducedMotion: 'reduce', ...screen });
    await ready(page);
    const canvas = page.locator('.graph-canvas');
    await canvas.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=/);
    const id = new URL(page.url()).searchParams.get('node')!;
    // Into the details, anywhere inside, then Escape.
    const panel = page.getByTestId('details');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    await panel.locator('a, button').last().focus();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('node'));
    expect(await page.evaluate(() => document.activeElement?.classList.contains('graph-canvas'))).toBe(true);
    await expect
      .poll(() => page.locator('.graph-view [aria-live="polite"]').textContent())
      .toContain(title(id, 'en'));
    // The arrows go on from that node.
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('node') === id);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

describe('skip links', () => {
  /** The element with the keyboard focus: its text, test id and class. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        text: element?.textContent ?? '',
        testId: element?.dataset.testid ?? '',
        id: element?.id ?? '',
        canvas: !!element?.classList.contains('graph-canvas'),
      };
    });
  const SCREENS = [
    ['1920 × 1080', { viewport: { width: 1920, height: 1080 } }],
    ['1440 × 900', { viewport: { width: 1440, height: 900 } }],
    ['a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ] as const;

  for (const [lang, strings, query] of LANGS) {
    it(`from the top of / the canvas takes the focus within 5 key presses, on every screen (${lang})`, async () => {
      for (const [screen, options] of SCREENS) {
        const { page, errors } = await open(query, options);
        await page.waitForSelector('[data-graph-ready="true"]');
        // Tab from the top of the page: the first stop is the skip link to the graph, Enter follows it.
        await page.keyboard.press('Tab');
        expect((await focused(page)).text, screen).toBe(strings.app.skipToGraph);
        await page.keyboard.press('Enter');
        expect((await focused(page)).canvas, screen).toBe(true);
        // The canvas takes the keyboard at once: Home puts its focus ring on the first node.
        await page.keyboard.press('Home');
        await expect.poll(() => page.locator('.graph-view [aria-live="polite"]').textContent()).not.toBe('');
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });

    it(`the skip link to the filters opens them where they are folded (${lang})`, async () => {
      for (const [screen, options] of SCREENS.slice(1)) {
        const { page } = await open(query, options);
        await page.waitForSelector('[data-graph-ready="true"]');
        const sidebar = page.getByRole('navigation', { name: strings.filters.heading });
        expect(await sidebar.isVisible(), screen).toBe(false);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect((await focused(page)).text, screen).toBe(strings.app.skipToFilters);
        await page.keyboard.press('Enter');
        expect(await sidebar.isVisible(), screen).toBe(true);
        expect((await focused(page)).id, screen).toBe('filters');
        // The search is the next stop after the button that folds the filters again.
        await page.keyboard.press('Tab');
        expect((await focused(page)).text, screen).toContain(strings.filters.hide);
        await page.keyboard.press('Tab');
        expect(
          await page
            .getByRole('combobox', { name: strings.search.label })
            .evaluate((box) => box === document.activeElement),
          screen,
        ).toBe(true);
        if (screen === 'a phone') {
          // On a phone the filters are a sheet: Escape folds it, back to the bar's button.
          await page.keyboard.press('Escape');
          expect(await sidebar.isVisible()).toBe(false);
          expect((await focused(page)).id).toBe('phone-bar-filters');
        }
        await page.context().close();
      }
    });

    it(`the skip link to the details goes to the selected node's details, opening the phone's sheet (${lang})`, async () => {
      for (const [screen, options] of SCREENS.slice(1)) {
        const { page } = await open(`${query}${query ? '&' : '?'}node=evasion`, options);
        await page.waitForSelector('[data-graph-ready="true"]');
        const details = page.getByTestId('details');
        await details.getByRole('heading', { level: 2 }).waitFor();
        if (screen === 'a phone') {
          await page
            .getByRole('navigation', { name: strings.phoneBar.label })
            .getByRole('button', { name: strings.phoneBar.details })
            .click();
          expect(await details.isVisible()).toBe(false);
          // Back to the top of the page: the name in the header, then back one stop to the last skip link.
          await page.locator('.app-header__name').click();
          await page.keyboard.press('Shift+Tab');
        } else {
          for (let press = 0; press < 3; press++) await page.keyboard.press('Tab');
        }
        expect((await focused(page)).text, screen).toBe(strings.app.skipToDetails);
        await page.keyboard.press('Enter');
        expect(await details.isVisible(), screen).toBe(true);
        expect((await focused(page)).testId, screen).toBe('details');
        await page.context().close();
      }
    });
  }
});

describe('one threat count', () => {
  const scope = 'train:n,host:provider,genai:n,llm:n';
  const result = evaluateScope(index, parseScopeParam(scope).answers);
  const view = visibleSubgraphInScope(index, DEFAULT_FILTERS, threatIdsInScope(result));
  const shown = view.counts.threat.shown;
  const total = index.nodes.filter((node) => countsAsThreat(index, node.id)).length;

  for (const [lang, , query] of LANGS) {
    it(`after the scope answers, the graph, the scope page and the risk overview state the same count (${lang})`, async () => {
      const { page, errors } = await open(`?scope=${scope}${query ? `&lang=${lang}` : ''}`);
      await ready(page);
      const countLine = page.getByTestId('count-line');
      const graphSays =
        lang === 'en' ? `Showing ${shown} of ${total} threats` : `脅威 ${total} 件中 ${shown} 件`;
      await expect.poll(() => countLine.textContent()).toContain(graphSays);
      expect(await countLine.textContent()).toContain(
        lang === 'en' ? '(groups not counted)' : '（グループは数えていません）',
      );

      // The set-aside threats link to their reasons on the scope page.
      await countLine.getByRole('link').first().click();
      await page.waitForURL(/\/scope\?/);
      const summary = page.locator('.scope-result__summary');
      const scopeSays = lang === 'en' ? `${shown} stay in view` : `のうち${shown}件を表示`;
      await expect.poll(() => summary.textContent()).toContain(scopeSays);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('scope-set-aside-threats');

      await page
        .getByRole('navigation', { name: lang === 'en' ? en.views.label : ja.views.label })
        .locator('[data-view="layers"]')
        .click();
      const overview = page.getByTestId('risk-in-view');
      const overviewSays = lang === 'en' ? `In view: ${shown} threats` : `表示中：脅威${shown}件`;
      await expect.poll(() => overview.textContent()).toContain(overviewSays);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('words and lines', () => {
  it('each lifecycle stage says what it holds, and the table’s surfaces use the same words', async () => {
    for (const [lang, strings, query] of LANGS) {
      const { page } = await open(`table${query}`);
      await page.locator('.ptable').waitFor();
      const lifecycle = page.getByRole('group', { name: strings.filters.lifecycle });
      for (const stage of ['development-time', 'use', 'runtime'] as const) {
        expect(await lifecycle.textContent(), lang).toContain(strings.lifecycleMeaning[stage]);
      }
      expect(await page.locator('.ptable__surface').first().textContent()).toContain(strings.lifecycle.use);
      expect(await page.getByRole('main').textContent()).toContain(strings.table.surfaceNote);
      await page.context().close();
    }
  });

  /** How many lines the first occurrence of `text` inside `selector` takes. */
  const linesOf = (page: Page, selector: string, text: string) =>
    page.evaluate(
      ([selector, text]) => {
        const root = document.querySelector(selector!)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text!);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text!.length);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }
        return 0;
      },
      [selector, text],
    );

  it('the Japanese subtitle keeps “Top 10” whole (a phone shows none); the Japanese table header keeps 「ライフサイクル」 whole', async () => {
    const phone = await open('?lang=ja', { viewport: { width: 390, height: 844 } });
    await phone.page.locator('.app-header__name').waitFor();
    expect(await phone.page.locator('.app-header__tagline').count()).toBe(0);
    await phone.page.context().close();
    const wide = await open('?lang=ja', { viewport: { width: 1920, height: 1080 } });
    await wide.page.locator('.app-header__tagline').waitFor();
    expect(await linesOf(wide.page, '.app-header__tagline', 'Top\u00a010')).toBe(1);
    await wide.page.context().close();

    const { page } = await open('table?lang=ja');
    await page.locator('.ptable').waitFor();
    expect(await linesOf(page, '.ptable thead', 'ライフサイクル')).toBe(1);
    await page.context().close();
  });

  it('the role star stays on the line of the node it marks', async () => {
    const { page } = await open('?role=ml-engineer');
    await ready(page);
    const marks = page.getByTestId('visible-nodes').locator('li:has([data-role-focus])');
    expect(await marks.count()).toBeGreaterThan(0);
    const misplaced = await marks.evaluateAll(
      (rows) =>
        rows.filter((row) => {
          const button = row.querySelector('button')!.getBoundingClientRect();
          const star = row.querySelector('[data-role-focus]')!.getBoundingClientRect();
          return star.top >= button.bottom || star.left < button.right - 1;
        }).length,
    );
    expect(misplaced).toBe(0);
    await page.context().close();
  });

  it('LLM01 (2026) lists each control group once', async () => {
    const { page } = await open('llm-top10');
    const card = page.locator('article', { has: page.locator('[data-node-id="LLM01:2026"]') });
    await card.waitFor();
    // Open every group, nested ones too, then count each group where it appears.
    for (let open = 0; open < 10; open++) {
      const closed = card.locator('.chip__toggle[aria-expanded="false"]');
      if ((await closed.count()) === 0) break;
      await closed.first().click();
    }
    const groups = await card
      .locator('.chip--control-group [data-node-id]')
      .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-node-id')));
    expect(groups.length).toBeGreaterThan(0);
    expect(groups).toEqual([...new Set(groups)]);
    await page.context().close();
  });
});
