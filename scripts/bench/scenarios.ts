import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  detailsShownAfterPress,
  installProbes,
  type LoadedResource,
  recordNextPress,
  resourcesUntil,
  timedToggle,
} from './probes';

/** A data set the app is measured with: the shipped one, or a generated one served in its place. */
export interface Variant {
  name: string;
  /** When set, the requests for the two data files are answered with these bodies instead of the build's files. */
  parts?: { core: string; details: string };
  /** Nodes shown with no filter. */
  allVisible: number;
}

/** One filter checkbox (by its accessible name) and the number of nodes shown once it is toggled. */
export interface Toggle {
  label: string;
  on: number;
  off: number;
}

export interface ColdLoad {
  readyAt: number;
  firstPaint: number | null;
  visibleCount: number;
  longTasksAfterPaint: number[];
  resources: LoadedResource[];
}

/** The two parts of the data set (scripts/vite-data-plugin.ts). */
const DATA_FILES = {
  core: /\/assets\/navigator-core-[^/]*\.json$/,
  details: /\/assets\/navigator-details-[^/]*\.json$/,
};

export async function openPage(browser: Browser, url: string, variant: Variant, reducedMotion = false) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  // tsx keeps function names with a `__name` helper, which the functions sent to the page then call.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const part of ['core', 'details'] as const) {
    const body = variant.parts?.[part];
    if (body === undefined) continue;
    // Not as application/json: with DevTools attached, as Playwright attaches them, Chromium decodes every textual
    // response on the page's thread for its network panel (some 50–120 ms for the 2.6 MB core of 5,000 nodes),
    // which a visitor's browser does not do. The app reads the bytes whatever their type.
    await page.route(DATA_FILES[part], (route) =>
      route.fulfill({ body, contentType: 'application/octet-stream' }),
    );
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.readyAt !== null, undefined, { timeout: 120_000 });
  // The list's rows follow the graph's first drawing.
  await page.waitForSelector('[data-testid="visible-nodes"]:not([aria-busy="true"])', { timeout: 30_000 });
  if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  return page;
}

/** A load in a fresh context (empty cache, no service worker): time to the drawn graph and what it took. */
export async function coldLoad(browser: Browser, url: string, variant: Variant): Promise<ColdLoad> {
  const page = await openPage(browser, url, variant);
  // Tasks that started before the graph was drawn may still be running: let them end.
  await page.waitForTimeout(300);
  const result = await page.evaluate((until) => {
    const probes = window.__bench;
    const canvas = document.querySelector('.graph-canvas');
    return {
      readyAt: probes.readyAt!,
      firstPaint: probes.firstPaint,
      visibleCount: Number(canvas?.getAttribute('data-visible-count')),
      longTasksAfterPaint: probes.longTasks
        .filter((task) => probes.firstPaint !== null && task.start + task.duration > probes.firstPaint)
        .map((task) => task.duration),
      until,
    };
  }, 0);
  const resources = await page.evaluate(resourcesUntil, result.readyAt);
  await page.context().close();
  return { ...result, resources };
}

/** Toggles the filters in turn (on, then off) `count` times; the time of each change, in ms. */
export async function filterChanges(
  page: Page,
  toggles: readonly Toggle[],
  count: number,
): Promise<number[]> {
  const times: number[] = [];
  const handles = await Promise.all(
    toggles.map((toggle) => page.getByRole('checkbox', { name: toggle.label, exact: true }).elementHandle()),
  );
  for (let i = 0; i < count; i++) {
    const which = Math.floor(i / 2) % toggles.length;
    const toggle = toggles[which]!;
    const expected = i % 2 === 0 ? toggle.on : toggle.off;
    times.push(await page.evaluate(timedToggle, [handles[which]!, expected] as const));
  }
  return times;
}

/** Long tasks after first paint so far, in ms. */
export function longTasksAfterPaint(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const probes = window.__bench;
    return probes.longTasks
      .filter((task) => probes.firstPaint !== null && task.start + task.duration > probes.firstPaint)
      .map((task) => task.duration);
  });
}

/** JavaScript heap in use after a full garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / (1024 * 1024);
}

/**
 * Clicks the node at the centre of the canvas (the page was opened with it selected, so it is centred) and times
 * press → details panel showing it, `count` times; Escape clears the selection between clicks.
 */
export async function selections(page: Page, title: string, count: number): Promise<number[]> {
  const canvas = page.locator('.graph-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas has no box');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await canvas.focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementById('details-title') === null);
    await page.evaluate(recordNextPress);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    times.push(await page.evaluate(detailsShownAfterPress, title));
  }
  return times;
}
