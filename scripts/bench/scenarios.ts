import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  detailsShownAfterPress,
  installProbes,
  type LoadedResource,
  nodeOnPage,
  resourcesUntil,
  timedToggle,
  viewAtRest,
  watchDetailsAfterPress,
} from './probes';

/** A page measured: the app, or the floor page it is compared with (scripts/bench/floor/). */
export interface Subject {
  name: 'app' | 'floor';
  url: string;
  /** The role of the controls that filter: the app's checkboxes, the floor's buttons. */
  filterRole: 'checkbox' | 'button';
  /** Whether a filter change also updates a list (the app's list of shown nodes). */
  hasList: boolean;
  /** The data files answered with these bodies instead of the build's: the app's two parts, the floor's file. */
  files?: Partial<Record<keyof typeof DATA_FILES, string>>;
  /** Nodes shown with no filter. */
  allVisible: number;
}

/** The nodes the graph draws and the list lists. */
export interface Shown {
  drawn: number;
  listed: number;
}

/** One filter checkbox (by its accessible name), and what is shown once it is on and once it is off again. */
export interface Toggle {
  label: string;
  on: Shown;
  off: Shown;
}

export interface ColdLoad {
  /** Navigation start → the graph's first picture painted (the static picture, or the drawn canvas). */
  onScreenAt: number;
  /** Navigation start → the canvas drawn and answering clicks. */
  readyAt: number;
  firstPaint: number | null;
  visibleCount: number;
  longTasksAfterPaint: number[];
  resources: LoadedResource[];
}

/** The two parts of the data set (scripts/vite-data-plugin.ts), and the floor's data (floorData.ts). */
const DATA_FILES = {
  core: /\/assets\/navigator-core-[^/]*\.json$/,
  details: /\/assets\/navigator-details-[^/]*\.json$/,
  floor: /\/assets\/floor-[^/]*\.json$/,
};

export const VIEWPORT = { width: 1400, height: 900 };

/** A page in a fresh context with the probes installed before its scripts, and the errors it reports. */
export async function probedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  // tsx keeps function names with a `__name` helper, which the functions sent to the page then call.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/**
 * Opens a page in a fresh context and waits for its graph. `withFilters` opens the app's filter column where it
 * starts folded (screens under 1600 px wide), as a user does before changing a filter.
 */
export async function openPage(browser: Browser, subject: Subject, withFilters = false) {
  const { page, errors } = await probedPage(browser);
  for (const part of ['core', 'details', 'floor'] as const) {
    const body = subject.files?.[part];
    if (body === undefined) continue;
    // Not as application/json: with DevTools attached, as Playwright attaches them, Chromium decodes every textual
    // response on the page's thread for its network panel (some 50–120 ms for the 2.6 MB core of 5,000 nodes),
    // which a visitor's browser does not do. The app reads the bytes whatever their type.
    await page.route(DATA_FILES[part], (route) =>
      route.fulfill({ body, contentType: 'application/octet-stream' }),
    );
  }
  await page.goto(subject.url);
  await page.waitForFunction(() => window.__bench.readyAt !== null, undefined, { timeout: 120_000 });
  // The list's rows follow the graph's first drawing.
  if (subject.hasList)
    await page.waitForSelector('[data-testid="visible-nodes"]:not([aria-busy="true"])', {
      state: 'attached',
      timeout: 30_000,
    });
  const rail = page.locator('.filters-rail__open');
  if (withFilters && subject.hasList && (await rail.isVisible())) {
    await rail.click();
    await page.locator('nav.sidebar:not([hidden])').waitFor();
    // The canvas fits the picture to its new size.
    await page.waitForTimeout(500);
  }
  if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  return page;
}

/** A load in a fresh context (empty cache, no service worker): time to the drawn graph and what it took. */
export async function coldLoad(browser: Browser, subject: Subject): Promise<ColdLoad> {
  const page = await openPage(browser, subject);
  // Tasks that started before the graph was drawn may still be running: let them end.
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const probes = window.__bench;
    const canvas = document.querySelector('.graph-canvas');
    return {
      readyAt: probes.readyAt!,
      onScreenAt: probes.onScreenAt ?? probes.readyAt!,
      firstPaint: probes.firstPaint,
      visibleCount: Number(canvas?.getAttribute('data-visible-count')),
      longTasksAfterPaint: probes.longTasks
        .filter((task) => probes.firstPaint !== null && task.start + task.duration > probes.firstPaint)
        .map((task) => task.duration),
    };
  });
  if (result.visibleCount !== subject.allVisible)
    throw new Error(
      `the ${subject.name}'s graph showed ${result.visibleCount} nodes, not ${subject.allVisible}`,
    );
  const resources = await page.evaluate(resourcesUntil, result.readyAt);
  await page.context().close();
  return { ...result, resources };
}

/** The filter controls of a page, ready to be toggled by `filterChange`. */
export async function filterHandles(page: Page, subject: Subject, toggles: readonly Toggle[]) {
  return Promise.all(
    toggles.map((toggle) =>
      page.getByRole(subject.filterRole, { name: toggle.label, exact: true }).elementHandle(),
    ),
  );
}

/** The `i`-th change of a series through the toggles (each on, then off): its time in ms. */
export function filterChange(
  page: Page,
  subject: Subject,
  toggles: readonly Toggle[],
  handles: Awaited<ReturnType<typeof filterHandles>>,
  i: number,
): Promise<number> {
  const which = Math.floor(i / 2) % toggles.length;
  const toggle = toggles[which]!;
  const expected = i % 2 === 0 ? toggle.on : toggle.off;
  // The floor draws every node the filter shows; the app folds the general controls while a filter is on.
  const drawn = subject.name === 'app' ? expected.drawn : expected.listed;
  return page.evaluate(timedToggle, [
    handles[which]!,
    drawn,
    subject.hasList ? expected.listed : null,
  ] as const);
}

/** Toggles the filters in turn (on, then off) `count` times; the time of each change, in ms. */
export async function filterChanges(
  page: Page,
  subject: Subject,
  toggles: readonly Toggle[],
  count: number,
): Promise<number[]> {
  const handles = await filterHandles(page, subject, toggles);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await filterChange(page, subject, toggles, handles, i));
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

/**
 * The page's JavaScript heap after a full garbage collection, in MB: all of it in use (`used`), and with `objects`
 * what its snapshot holds apart from compiled code (else NaN). The engine keeps compiling the code a page runs often
 * for a long while (some 0.9 MB over 400 filter changes in snapshots of the app), which is no leak; what a leak
 * keeps (objects, arrays, strings, closures, native memory such as canvases) is in `objects`.
 */
export async function heapMb(page: Page, objects: boolean): Promise<{ used: number; objects: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const used = usedSize / (1024 * 1024);
  if (!objects) {
    await session.detach();
    return { used, objects: Number.NaN };
  }
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => void chunks.push(chunk));
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await session.detach();
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + typeAt] !== code) bytes += snapshot.nodes[i + sizeAt]!;
  return { used, objects: bytes / (1024 * 1024) };
}

/**
 * Clicks the background (which clears a selection on both pages), then the node `id` where the canvas draws it,
 * and times press → the panel naming `title` painted (watched for from the press on).
 */
export async function selection(page: Page, id: string, title: string): Promise<number> {
  const canvas = await page.locator('.graph-canvas').boundingBox();
  if (!canvas) throw new Error('the canvas has no box');
  await page.mouse.click(canvas.x + 3, canvas.y + 3);
  await page.waitForFunction(() => document.getElementById('details-title') === null);
  await page.evaluate(viewAtRest, id);
  const at = await page.evaluate(nodeOnPage, id);
  await page.evaluate(watchDetailsAfterPress, title);
  await page.mouse.click(at.x, at.y);
  return page.evaluate(detailsShownAfterPress);
}
