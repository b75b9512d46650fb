import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { STORE_KEY } from '../../src/model/layers/layerStore';

import { launchProbedBrowser } from './hostile-browser';
import { manyEntryLayer } from './layerFiles';

/**
 * A 100,000-entry layer (about 3 MB, under the 5 MB limit) by link or by file: refused with a summary, not walked
 * entry by entry on the page. Its budget (no task over 200 ms, the refusal within 3 s: docs/performance.md) is
 * measured by `npm run bench` beside a small layer's figures; a test run on a busy machine cannot hold a task to
 * 200 ms. What this asserts is what a user would notice: the page never stops answering for a second or more (reading
 * the file on the page blocked it for 7.5–10 s) and the refusal comes without a long wait. Long tasks are what
 * Chromium reports to a PerformanceObserver.
 */

const { open } = launchProbedBrowser();
/** A page stuck this long is stuck to anyone using it. */
const FROZEN_MS = 1000;
/** Far above the budget's 3 s, which the benchmark measures; reading 100,000 entries on the page took longer. */
const WAIT_MS = 10_000;

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

/** Runs in the page before its scripts: every long task from then on, with its start. */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Opens the app's index view, lets it settle, and starts recording long tasks. */
async function settledApp(path: string, body: string) {
  const probed = await open('index', {
    before: async (page) => {
      await page.route(`**/${path}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await page.addInitScript(recordLongTasks);
    },
  });
  await probed.page.waitForSelector('main:not([aria-busy="true"]) h2');
  // Past the start-up work (lazy parts, the details file), which is measured elsewhere (docs/performance.md).
  await probed.page.waitForTimeout(1500);
  return probed;
}

/** The long tasks since `since` (performance.now() of the page), and the longest. */
async function tasksSince(page: Page, since: number) {
  const tasks = (await page.evaluate(() => window.__longTasks ?? [])).filter((task) => task.start >= since);
  return { tasks, longest: Math.max(0, ...tasks.map((task) => task.duration)) };
}

describe('a 100,000-entry layer', () => {
  for (const [what, status] of [
    ['valid', 'implemented'],
    ['invalid', 'bogus'],
  ] as const) {
    it(`by link (${what} entries): refused with a summary, the page never stuck`, async () => {
      const body = manyEntryLayer(100_000, status);
      expect(body.length).toBeGreaterThan(2_500_000);
      const { page, errors } = await settledApp('huge-layer.json', body);
      // The link is opened in the running app, as a click on it would be.
      const started = await page.evaluate(() => {
        history.pushState(null, '', `${location.pathname}?layer=%2Fhuge-layer.json`);
        dispatchEvent(new PopStateEvent('popstate'));
        return performance.now();
      });
      const alert = page.getByTestId('shared-layer').getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      const shownAfter = (await page.evaluate(() => performance.now())) - started;
      const { tasks, longest } = await tasksSince(page, started);
      console.log(
        `100,000 ${what} entries by link: refused after ${Math.round(shownAfter)} ms; longest task ${Math.round(longest)} ms (${tasks.length} long tasks)`,
      );
      expect(await alert.getAttribute('data-problem')).toBe('too-many-entries');
      expect(await alert.textContent()).toContain(
        'controls: 100,000 entries, more than the 2,000 a layer may have; 100,000 of them are not ids of the data set',
      );
      expect(await page.locator('li').count()).toBeLessThan(1000);
      expect(shownAfter).toBeLessThan(WAIT_MS);
      expect(longest).toBeLessThan(FROZEN_MS);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('opened as a new page: refused soon after its request, the page never stuck', async () => {
    const body = manyEntryLayer(100_000, 'implemented');
    const { page, errors } = await open('index?layer=%2Fhuge-layer.json', {
      before: async (page) => {
        await page.route('**/huge-layer.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body }),
        );
        await page.addInitScript(recordLongTasks);
      },
    });
    const alert = page.getByTestId('shared-layer').getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    const now = await page.evaluate(() => performance.now());
    // From the moment the page asks for the file (the app's own start-up is measured in docs/performance.md).
    const requested = await page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/huge-layer.json'))!
          .startTime,
    );
    const { longest } = await tasksSince(page, requested);
    console.log(
      `100,000 entries in a new page: refused ${Math.round(now - requested)} ms after the request (${Math.round(now)} ms after the page opened); longest task since ${Math.round(longest)} ms`,
    );
    expect(await alert.getAttribute('data-problem')).toBe('too-many-entries');
    expect(now - requested).toBeLessThan(WAIT_MS);
    expect(longest).toBeLessThan(FROZEN_MS);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('by file in the layer manager: refused, the page never stuck, nothing saved', async () => {
    const body = manyEntryLayer(100_000, 'implemented');
    const { page, errors } = await settledApp('unused.json', body);
    await page.goto(new URL('layers', page.url()).toString());
    const picker = page.getByLabel('Import a layer file (.json)');
    await picker.waitFor();
    await page.waitForTimeout(1500);
    const started = await page.evaluate(() => performance.now());
    // A file on disk, as a user picks it (a buffer would be decoded by a script in the page, a long task of its own).
    mkdirSync('node_modules/.cache', { recursive: true });
    const file = 'node_modules/.cache/huge-layer.json';
    writeFileSync(file, body);
    await picker.setInputFiles(file);
    const alert = page.locator('.import-layer__errors');
    await alert.waitFor({ timeout: 20_000 });
    const shownAfter = (await page.evaluate(() => performance.now())) - started;
    const { longest } = await tasksSince(page, started);
    console.log(
      `100,000 entries by file: refused after ${Math.round(shownAfter)} ms; longest task ${Math.round(longest)} ms`,
    );
    expect(await alert.textContent()).toContain('controls: 100,000 entries');
    expect(shownAfter).toBeLessThan(WAIT_MS);
    expect(longest).toBeLessThan(FROZEN_MS);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
