import type { BrowserContextOptions, CDPSession, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';

import { launchBrowserForFile } from './browser';
import { nodeToTap } from './graphProbe';

/**
 * The phone layout as a person uses it, in both languages, in Chromium with touch emulation: what the first screen
 * shows, views that fit the width, one finger for the page and two for the graph, and the filters and details as
 * sheets that leave the answer in sight.
 */

const { open } = launchBrowserForFile();

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};
const NARROW: BrowserContextOptions = {
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
};

const LANGS = [
  ['en', en],
  ['ja', ja],
] as const;

const withLang = (path: string, lang: 'en' | 'ja') =>
  lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=ja`;

/** The first thing each reading view lists, and the scope page's first question. */
const FIRST_ITEMS = [
  ['table', '[data-row-threat]'],
  ['ml-top10', '.top10-card'],
  ['llm-top10', '.top10-card'],
  ['index', '[data-index-entry]'],
  ['scope', '.scope-question'],
] as const;

const graphReady = (page: Page) => page.waitForSelector('[data-graph-ready="true"]');
const canvas = (page: Page) => page.locator('.graph-canvas');
const bar = (page: Page, strings: typeof en) =>
  page.getByRole('navigation', { name: strings.phoneBar.label });

/** The top and bottom of the part of the screen the bar along its bottom leaves free. */
async function freeScreen(page: Page, strings: typeof en) {
  const barBox = await bar(page, strings).boundingBox();
  return { top: 0, bottom: barBox!.y };
}

/** The graph's view (zoom and pan) and how far the page is scrolled. */
const graphAndPage = (page: Page) =>
  page.evaluate(() => {
    const container = document.querySelector('.graph-canvas__engine') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg!.cy;
    return { zoom: cy.zoom(), pan: cy.pan(), scrollY: window.scrollY };
  });

/** Waits until the page has stopped scrolling (a swipe's fling has come to rest). */
async function pageAtRest(page: Page) {
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => window.scrollY);
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 250 },
    )
    .toBe(true);
}

/** One finger, put down at `from` and moved to `to` in ten steps (real touch events through the browser's input). */
async function swipe(cdp: CDPSession, from: [number, number], to: [number, number]) {
  const at = (step: number) => ({
    x: from[0] + ((to[0] - from[0]) * step) / 10,
    y: from[1] + ((to[1] - from[1]) * step) / 10,
  });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(step)] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Two fingers on a horizontal line through `centre`, moved apart from `from` to `to` pixels each side. */
async function pinch(cdp: CDPSession, centre: [number, number], from: number, to: number) {
  const fingers = (spread: number) => [
    { x: centre[0] - spread, y: centre[1], id: 1 },
    { x: centre[0] + spread, y: centre[1], id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
  for (let step = 1; step <= 10; step++) {
    const spread = from + ((to - from) * step) / 10;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Where a node of the graph is drawn, on the screen. */
const nodeOnScreen = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const container = document.querySelector('.graph-canvas__engine') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const frame = container.getBoundingClientRect();
    const box = container._cyreg!.cy.getElementById(nodeId).renderedBoundingBox();
    return { top: frame.top + box.y1, bottom: frame.top + box.y2, left: box.x1, right: box.x2 };
  }, id);

/** Elements inside `root` that scroll sideways (content wider than their box). */
const sidewaysScrollers = (root: Locator) =>
  root.evaluate((element) =>
    [element, ...element.querySelectorAll('*')]
      .filter((one) => {
        const overflow = getComputedStyle(one).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && one.scrollWidth > one.clientWidth + 1;
      })
      .map((one) => one.className),
  );

describe('on a phone, the first screen shows the answer', () => {
  for (const [lang, strings] of LANGS) {
    it(`at 390 × 844 and 360 × 780 the graph fills the first screen under the header (${lang})`, async () => {
      for (const screen of [PHONE, NARROW]) {
        const { width, height } = screen.viewport!;
        const { page, errors } = await open(withLang('', lang), screen);
        await graphReady(page);
        const box = (await canvas(page).boundingBox())!;
        const free = await freeScreen(page, strings);
        // Below the header and the line with the legend, down to the bar, and nothing of it under the bar.
        expect(box.y, `${width}`).toBeLessThan(height / 4);
        expect(box.y + box.height, `${width}`).toBeLessThanOrEqual(free.bottom + 1);
        expect(box.height, `${width}`).toBeGreaterThan(height / 2);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${width}`,
        ).toBeLessThanOrEqual(width);
        // The header keeps to two short rows: the name with the other language and "⋯", then the view tabs.
        expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(100);
        expect(await page.locator('.graph-touch-hint').textContent()).toBe(strings.graph.touch.shared);
        // The list of shown nodes follows the graph, the filters wait in their sheet.
        expect(await page.getByRole('navigation', { name: strings.filters.heading }).isVisible()).toBe(false);
        expect((await page.getByTestId('visible-nodes').boundingBox())!.y).toBeGreaterThan(
          box.y + box.height,
        );
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });

    it(`at 390 × 844 each reading view's first item and the scope's first question are on the first screen (${lang})`, async () => {
      for (const [path, first] of FIRST_ITEMS) {
        const { page, errors } = await open(withLang(path, lang), PHONE);
        const item = page.locator(first).first();
        await item.waitFor();
        const free = await freeScreen(page, strings);
        const box = (await item.boundingBox())!;
        // Its start, at least 40 px of it, in sight above the bar.
        expect(box.y, path).toBeGreaterThan(0);
        expect(box.y + 40, path).toBeLessThan(free.bottom);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });

    it(`at 360 px the periodic table is a card per threat with its controls, nothing scrolls sideways (${lang})`, async () => {
      const { page, errors } = await open(withLang('table', lang), NARROW);
      const cards = page.locator('[data-row-threat]');
      await cards.first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await sidewaysScrollers(page.getByRole('main'))).toEqual([]);
      // Every card, and the controls in it, inside the width of the screen.
      const outside = await cards.evaluateAll(
        (all) =>
          all.filter((card) => {
            const box = card.getBoundingClientRect();
            return box.left < 0 || box.right > window.innerWidth;
          }).length,
      );
      expect(outside).toBe(0);
      const firstControl = cards.first().locator('.chip__select').first();
      const control = (await firstControl.boundingBox())!;
      expect(control.x + control.width).toBeLessThanOrEqual(360);
      expect(await cards.first().textContent()).toContain(strings.table.columns.controls);
      // The layout buttons and the "expand all" box stay in sight above the cards.
      expect(await page.getByRole('button', { name: strings.table.layouts.matrix }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`at 360 px the Top 10 views (every edition), the index and the scope fit the width (${lang})`, async () => {
      for (const [path, first] of [
        ['ml-top10', '.top10-card'],
        ['llm-top10', '.top10-card'],
        ['llm-top10?edition=2025', '.top10-card'],
        ['llm-top10?edition=2023', '.top10-card'],
        ['index', '[data-index-entry]'],
        ['scope', '.scope-question'],
      ] as const) {
        const { page, errors } = await open(withLang(path, lang), NARROW);
        await page.locator(first).first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
          360,
        );
        expect(await sidewaysScrollers(page.getByRole('main')), path).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });

    it(`one finger scrolls the page over the graph, two move the graph; a tap lends it one finger (${lang})`, async () => {
      const { page, errors } = await open(withLang('', lang), PHONE);
      await graphReady(page);
      const cdp = await page.context().newCDPSession(page);
      const box = (await canvas(page).boundingBox())!;
      const x = box.x + box.width / 2;
      const before = await graphAndPage(page);

      // A vertical swipe on the graph scrolls the page; the graph stays as it was.
      await swipe(cdp, [x, box.y + 420], [x, box.y + 120]);
      await expect.poll(async () => (await graphAndPage(page)).scrollY).toBeGreaterThan(150);
      expect((await graphAndPage(page)).pan).toEqual(before.pan);
      expect(page.url()).not.toContain('node=');

      // Two fingers zoom (and pan) the graph and leave the page where it is.
      // (Back to the top once the swipe's fling has come to rest.)
      await pageAtRest(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await pageAtRest(page);
      expect((await graphAndPage(page)).scrollY).toBe(0);
      await pinch(cdp, [x, box.y + 300], 50, 110);
      await expect.poll(async () => (await graphAndPage(page)).zoom).toBeGreaterThan(before.zoom * 1.5);
      expect((await graphAndPage(page)).scrollY).toBeLessThan(5);
      await page.getByRole('button', { name: strings.graph.fit, exact: true }).tap();
      await expect.poll(async () => (await graphAndPage(page)).zoom).toBe(before.zoom);

      // A tap selects a node and lends the graph one finger, as the line on the canvas says.
      const target = await nodeToTap(page);
      await page.touchscreen.tap(target.x, target.y);
      await page.waitForURL((url) => url.searchParams.get('node') === target.id);
      const hint = page.locator('.graph-touch-hint');
      await expect.poll(() => hint.textContent()).toContain(strings.graph.touch.handsOn);
      // The details sheet now covers the canvas's lower part: the finger goes on the graph above it.
      const above = (await page.getByTestId('details').boundingBox())!.y - 20;
      const held = await graphAndPage(page);
      await swipe(cdp, [x, above], [x, above - 100]);
      await expect.poll(async () => (await graphAndPage(page)).pan.y).toBeLessThan(held.pan.y - 50);
      expect((await graphAndPage(page)).scrollY).toBe(0);

      // "Scroll the page" gives the finger back to the page.
      await page.getByRole('button', { name: strings.graph.touch.release }).tap();
      await expect.poll(() => hint.textContent()).toBe(strings.graph.touch.shared);
      await swipe(cdp, [x, above], [x, box.y]);
      await expect.poll(async () => (await graphAndPage(page)).scrollY).toBeGreaterThan(100);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`a tapped node's details open in a sheet that leaves the node in sight (${lang})`, async () => {
      const { page, errors } = await open(withLang('', lang), PHONE);
      await graphReady(page);
      const target = await nodeToTap(page);
      await page.touchscreen.tap(target.x, target.y);
      await page.waitForURL((url) => url.searchParams.get('node') === target.id);
      const sheet = page.getByTestId('details');
      await sheet.getByRole('heading', { level: 2 }).waitFor();
      const sheetBox = (await sheet.boundingBox())!;
      const canvasBox = (await canvas(page).boundingBox())!;
      // A sheet across the bottom, the graph's upper part free, the node in it.
      expect(sheetBox.width).toBe(390);
      expect(sheetBox.y).toBeGreaterThan(844 / 3);
      await expect
        .poll(async () => {
          const node = await nodeOnScreen(page, target.id);
          return node.top >= canvasBox.y && node.bottom <= sheetBox.y && node.left >= 0 && node.right <= 390;
        })
        .toBe(true);
      expect(
        await bar(page, strings)
          .getByRole('button', { name: strings.phoneBar.details })
          .getAttribute('aria-expanded'),
      ).toBe('true');
      // Closing the sheet from the bar keeps the selection; the bar opens it again.
      await bar(page, strings).getByRole('button', { name: strings.phoneBar.details }).tap();
      expect(await sheet.isVisible()).toBe(false);
      expect(page.url()).toContain(`node=${target.id}`);
      await bar(page, strings).getByRole('button', { name: strings.phoneBar.details }).tap();
      expect(await sheet.isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`the filters open in a sheet from the bar; a search result picked there opens its details (${lang})`, async () => {
      const { page, errors } = await open(withLang('', lang), PHONE);
      await graphReady(page);
      const filtersButton = bar(page, strings).getByRole('button', { name: strings.phoneBar.filters });
      await filtersButton.tap();
      const sheet = page.getByRole('navigation', { name: strings.filters.heading });
      await sheet.waitFor();
      expect(await filtersButton.getAttribute('aria-expanded')).toBe('true');
      const sheetBox = (await sheet.boundingBox())!;
      expect(sheetBox.width).toBe(390);
      expect(sheetBox.y).toBeLessThan(844 / 3);

      // A filter applies at once; the bar says how many filter groups are on.
      await sheet.getByRole('checkbox', { name: new RegExp(`^${strings.lifecycle.use}`) }).tap();
      await page.waitForURL(/lifecycle=use/);
      await expect.poll(() => filtersButton.textContent()).toContain('(1)');

      // A search result picked in the sheet: the sheet makes way for the details.
      await sheet.getByRole('combobox', { name: strings.search.label }).fill('evasion');
      await page.getByRole('listbox').getByRole('option').first().tap();
      await page.waitForURL(/node=evasion/);
      await page.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
      expect(await sheet.isVisible()).toBe(false);
      await expect
        .poll(async () => {
          const node = await nodeOnScreen(page, 'evasion');
          const details = (await page.getByTestId('details').boundingBox())!;
          return node.bottom <= details.y && node.top >= 0;
        })
        .toBe(true);

      // "List" goes to the list of shown nodes under the graph.
      await bar(page, strings).getByRole('button', { name: strings.phoneBar.list }).tap();
      const heading = page.getByTestId('visible-nodes').getByRole('heading', { level: 2 });
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      // In sight, clear of the bar.
      const headingBox = (await heading.boundingBox())!;
      expect(headingBox.y).toBeGreaterThan(-1);
      expect(headingBox.y + headingBox.height).toBeLessThan((await freeScreen(page, strings)).bottom);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
