import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';

import { FILLED_LIST, showFilters } from './browser';
import { nodeToTap } from './graphProbe';
import { graphReady, launchProbedBrowser } from './hostile-browser';

/**
 * The accessibility audit: axe-core on every view in both languages and both colour schemes (zero serious or
 * critical violations), a keyboard-only walk through the main tasks, and the reduced-motion preference.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { open } = launchProbedBrowser();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

const VIEWS = [
  ['graph', ''],
  ['table', 'table'],
  ['ml-top10', 'ml-top10'],
  ['llm-top10', 'llm-top10'],
  ['index', 'index'],
  ['crosswalk', 'crosswalk?framework=iso42001'],
  // The graph through a framework lens: the lens control and what it leaves uncovered in the side column.
  ['graph', '?framework=eu-ai-act:art14'],
] as const;

async function viewShown(page: Page, view: string) {
  if (view === 'graph') {
    await graphReady(page);
    // Audited with the filter column open, the list of shown nodes in it.
    await showFilters(page);
    await page.locator(FILLED_LIST).waitFor();
  } else await page.waitForSelector('main:not([aria-busy="true"]) h2, main:not([aria-busy="true"]) h1');
  if (view === 'crosswalk') await page.getByRole('table').waitFor();
}

describe('axe-core finds no serious or critical violation', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'ja'] as const) {
      for (const [view, path] of VIEWS) {
        it(`${path || view}, ${lang}, ${colorScheme}`, async () => {
          // axe is injected as an inline script, which the app's policy (tested in csp.e2e.ts) would refuse.
          const { page } = await open(
            `${path}${lang === 'ja' ? `${path.includes('?') ? '&' : '?'}lang=ja` : ''}`,
            {
              colorScheme,
              bypassCSP: true,
            },
          );
          await viewShown(page, view);
          expect(await seriousViolations(page)).toEqual([]);
          await page.context().close();
        });
      }
    }
  }

  it('with a node selected and search results open', async () => {
    const threat = 'evasion';
    const { page } = await open(`?node=${threat}&q=poison`, { bypassCSP: true });
    await graphReady(page);
    await page.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
    await showFilters(page);
    await page.getByRole('searchbox').or(page.getByRole('combobox')).first().focus();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('with an identifier searched: its exact group and the similar one below, in both languages', async () => {
    for (const [lang, strings] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      const { page } = await open(lang === 'ja' ? '?lang=ja' : '', { bypassCSP: true });
      await graphReady(page);
      await page.getByRole('combobox', { name: strings.search.label }).fill('AML.T0015');
      await page.getByRole('listbox').getByRole('group').first().getByRole('option').first().waitFor();
      expect(await seriousViolations(page), lang).toEqual([]);
      await page.context().close();
    }
  });

  it('with scope answers: the count line’s links and the scope page’s lists of what is set aside', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'ja'] as const) {
        const query = `?scope=train:n,host:provider,genai:n,llm:n${lang === 'ja' ? '&lang=ja' : ''}`;
        const graph = await open(query, { colorScheme, bypassCSP: true });
        await graphReady(graph.page);
        await graph.page.getByTestId('set-aside').getByRole('link').first().waitFor();
        expect(await seriousViolations(graph.page), `graph ${lang} ${colorScheme}`).toEqual([]);
        await graph.page.context().close();

        const scope = await open(`scope${query}`, { colorScheme, bypassCSP: true });
        await scope.page.locator('#scope-set-aside-controls').waitFor();
        expect(await seriousViolations(scope.page), `scope ${lang} ${colorScheme}`).toEqual([]);
        await scope.page.context().close();
      }
    }
  });

  it('with a selected node the filters hide, its note in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open('?lifecycle=runtime&node=evasion', { colorScheme, bypassCSP: true });
      await graphReady(page);
      await page.getByTestId('details').getByRole('note').waitFor();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  });

  it('on the not-found page and the data error screen', async () => {
    const notFound = await open('no/such/page', { bypassCSP: true });
    await notFound.page.getByRole('heading', { level: 1, name: en.notFound.heading }).waitFor();
    expect(await seriousViolations(notFound.page)).toEqual([]);
    await notFound.page.context().close();

    const broken = await open('?lang=ja', {
      bypassCSP: true,
      before: (page) =>
        page.route(/\/assets\/navigator-[^/]*\.json$/, (route) => route.fulfill({ body: '{' })),
    });
    await broken.page.getByRole('heading', { level: 1, name: ja.dataError.heading }).waitFor();
    expect(await seriousViolations(broken.page)).toEqual([]);
    await broken.page.context().close();
  });
});

describe('axe-core finds no serious or critical violation in the phone layout (390 × 844)', () => {
  const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true };
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [lang, strings] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      const query = lang === 'ja' ? '?lang=ja' : '';
      it(`the graph with its bar, sheets and header menu, ${lang}, ${colorScheme}`, async () => {
        const { page } = await open(query, { ...PHONE, colorScheme });
        await graphReady(page);
        await page.getByTestId('visible-nodes').getByRole('heading', { level: 2 }).waitFor();
        expect(await seriousViolations(page), 'graph').toEqual([]);

        const bar = page.getByRole('navigation', { name: strings.phoneBar.label });
        await bar.getByRole('button', { name: strings.phoneBar.filters }).tap();
        await page.getByRole('navigation', { name: strings.filters.heading }).waitFor();
        expect(await seriousViolations(page), 'filter sheet').toEqual([]);
        await bar.getByRole('button', { name: strings.phoneBar.filters }).tap();

        // A tap on a node: its details sheet, and the graph holding one finger (the line with its button).
        const node = await nodeToTap(page);
        await page.touchscreen.tap(node.x, node.y);
        await page.getByRole('button', { name: strings.graph.touch.release }).waitFor();
        await page.waitForURL(/node=/);
        await page.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
        expect(await seriousViolations(page), 'details sheet').toEqual([]);

        await page.locator('.app-header__more > summary').tap();
        await page.locator('.app-header__menu').waitFor();
        expect(await seriousViolations(page), 'header menu').toEqual([]);
        await page.context().close();
      });

      it(`the reading views: the table's cards, the LLM Top 10, the scope, ${lang}, ${colorScheme}`, async () => {
        for (const [path, shown] of [
          ['table', '[data-row-threat]'],
          ['llm-top10', '.top10-card'],
          ['scope', '.scope-question'],
        ] as const) {
          const { page } = await open(`${path}${query}`, { ...PHONE, colorScheme });
          await page.locator(shown).first().waitFor();
          expect(await seriousViolations(page), path).toEqual([]);
          await page.context().close();
        }
      });
    }
  }
});

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` and, when given, holds `text`;
 * fails after `limit` presses.
 */
async function tabTo(page: Page, selector: string, { text = '', back = false, limit = 120 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const found = await page.evaluate(
      ([wanted, words]) => {
        const element = document.activeElement;
        return !!element?.matches(wanted!) && (element.textContent ?? '').includes(words!);
      },
      [selector, text],
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

/** The focused element shows where it is (an outline or a ring), not only a colour change. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'
    );
  });
}

describe('keyboard only', () => {
  it('filter, select, read the details, switch the view and export', async () => {
    const { page, errors } = await open('', { acceptDownloads: true });
    await graphReady(page);

    // Filter: the "Use" lifecycle checkbox, toggled with Space.
    await tabTo(page, 'input[type="checkbox"][id$="-use"]');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(/lifecycle=use/);

    // Select: a node in the list of shown nodes, with Enter.
    await tabTo(page, '[data-testid="visible-nodes"] [data-node-id]');
    expect(await focusIsVisible(page)).toBe(true);
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`node=${id}`));

    // Read the details: the panel's controls are reachable, and its heading names the node.
    const heading = page.getByTestId('details').getByRole('heading', { level: 2 });
    expect((await heading.textContent())?.length).toBeGreaterThan(0);
    await tabTo(page, '[data-testid="details"] :is(a, button)');
    expect(await focusIsVisible(page)).toBe(true);

    // Export the picture: the graph's download menu, then its PNG button, with Enter.
    await tabTo(page, 'summary', { text: en.graph.exportImage, back: true, limit: 300 });
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', { text: en.graph.exportPng, limit: 5 });
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.png$/);

    // Switch the view: the "Periodic table" tab, with Enter.
    await tabTo(page, '[data-view="table"]', { back: true, limit: 300 });
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/table\?/);
    expect(new URL(page.url()).searchParams.get('lifecycle')).toBe('use');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('motion and colour preferences', () => {
  it('reduced motion: zooming moves the graph at once, without animation', async () => {
    const { page } = await open('', { reducedMotion: 'reduce' });
    await graphReady(page);
    const canvas = page.locator('.graph-canvas');
    const zoom = () => canvas.getAttribute('data-zoom');
    const before = await zoom();
    await page.getByRole('button', { name: en.graph.zoomIn }).click();
    // Pixels may still be refined for a moment after a zoom; the zoom level itself must be final at once.
    const first = await zoom();
    expect(first).not.toBe(before);
    await page.waitForTimeout(600);
    expect(await zoom()).toBe(first);
    // No CSS transition lasts long enough to be seen.
    const transition = await page.evaluate(() => getComputedStyle(document.body).transitionDuration);
    expect(parseFloat(transition)).toBeLessThan(0.001);
    await page.context().close();
  });

  it('dark colour scheme: dark panels with light text', async () => {
    const { page } = await open('', { colorScheme: 'dark' });
    await graphReady(page);
    const [background, text] = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.sidebar')!);
      return [style.backgroundColor, style.color];
    });
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(luminance(background!)).toBeLessThan(60);
    expect(luminance(text!)).toBeGreaterThan(180);
    await page.context().close();
  });
});
