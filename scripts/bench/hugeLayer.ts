import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

import { manyEntryLayer } from '../../tests/e2e/layerFiles';

import { probedPage } from './scenarios';

/**
 * A layer file of 100,000 entries (2.9 MB, under the 5 MB limit) opened by link in the running app and picked in the
 * layer manager: the longest task of the page from the moment it is opened, and the time until its refusal is shown
 * (docs/performance.md, "A huge layer file"). Beside it, as the reference measured in the same run, a link to a
 * layer of ten entries: what the page's own work and the machine's noise cost when nothing is large.
 */

export type LayerCase = 'link-valid' | 'link-invalid' | 'file' | 'link-small';

export interface LayerOpening {
  /** From the link opened (or the file picked) to its review or refusal in the DOM, ms. */
  shownMs: number;
  /** The longest task of the page in that time, ms (0: none over 50 ms). */
  longestTaskMs: number;
}

const FILES: Record<LayerCase, () => string> = {
  'link-valid': () => manyEntryLayer(100_000, 'implemented'),
  'link-invalid': () => manyEntryLayer(100_000, 'bogus'),
  file: () => manyEntryLayer(100_000, 'implemented'),
  'link-small': () => manyEntryLayer(10, 'implemented'),
};

const PICKER = 'Import a layer file (.json)';

/** What the page shows once a file has been read: the shared-layer prompt's answer, or the import's refusal. */
function answered(kind: 'link' | 'file'): boolean {
  if (kind === 'file') return document.querySelector('.import-layer__errors') !== null;
  const prompt = document.querySelector('[data-testid="shared-layer"]');
  return prompt !== null && prompt.querySelector('p[role="status"]')?.textContent === '';
}

export async function openLayer(browser: Browser, appUrl: string, which: LayerCase): Promise<LayerOpening> {
  const { page, errors } = await probedPage(browser);
  const body = FILES[which]();
  // As binary, as the data files are (scenarios.ts): with DevTools attached, Chromium would decode a textual body on
  // the page's thread for its network panel, which a visitor's browser does not do. The app reads it either way.
  await page.route('**/bench-layer.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body }),
  );
  const byFile = which === 'file';
  await page.goto(new URL(byFile ? 'layers' : 'index', appUrl).toString());
  if (byFile) await page.getByLabel(PICKER).waitFor();
  else await page.waitForSelector('main:not([aria-busy="true"]) h2');
  // Past the start-up work (lazy parts, the details file), which the cold loads measure.
  await page.waitForTimeout(1000);
  const started = byFile ? await pick(page, body) : await openLink(page);
  const kind: 'link' | 'file' = byFile ? 'file' : 'link';
  await page.waitForFunction(answered, kind, { timeout: 30_000, polling: 'raf' });
  const result = await page.evaluate((since) => {
    const tasks = window.__bench.longTasks.filter((task) => task.start >= since);
    return {
      shownMs: performance.now() - since,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    };
  }, started);
  await page.context().close();
  if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  return result;
}

/** Opens `?layer=` in the running app, as a click on a link to it would; the moment it did. */
function openLink(page: Page): Promise<number> {
  return page.evaluate(() => {
    history.pushState(null, '', `${location.pathname}?layer=%2Fbench-layer.json`);
    dispatchEvent(new PopStateEvent('popstate'));
    return performance.now();
  });
}

/** Picks a file on disk in the layer manager, as a user does; the moment before. */
async function pick(page: Page, body: string): Promise<number> {
  const file = 'node_modules/.cache/bench-layer.json';
  mkdirSync('node_modules/.cache', { recursive: true });
  writeFileSync(file, body);
  const started = await page.evaluate(() => performance.now());
  await page.getByLabel(PICKER).setInputFiles(file);
  return started;
}
