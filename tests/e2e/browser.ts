import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

/** The list of shown nodes with its rows (they follow the graph's first drawing). */
export const FILLED_LIST = '[data-testid="visible-nodes"]:not([aria-busy="true"])';

export interface OpenedPage {
  page: Page;
  /** Uncaught errors and console errors seen on the page so far. */
  errors: string[];
}

/** One browser per test file (each page gets a fresh context); call at the top level of a *.e2e.ts file. */
export function launchBrowserForFile() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a path of the app (relative to its base, e.g. "?lang=ja") in a fresh context. */
  async function open(path = '', options: BrowserContextOptions = {}): Promise<OpenedPage> {
    if (!browser) throw new Error('browser not started');
    // Wide enough for the filter column to start open beside the graph.
    const context = await browser.newContext({ viewport: { width: 1680, height: 1000 }, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(appUrl(path));
    return { page, errors };
  }

  return { open };
}

/** Absolute URL of a path inside the served app. */
export function appUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('baseURL')).toString();
}

/**
 * Opens the filter column where the page starts it folded (screens under 1600 px wide; a phone's filter sheet): the
 * search and the filters are in it, and beside the graph the list of shown nodes. Waits for the page to show either.
 */
export async function showFilters(page: Page): Promise<void> {
  // The rail beside the graph; on a phone, the bar's button that opens the filter sheet.
  const opener = '.filters-rail__open, #phone-bar-filters[aria-expanded="false"]';
  await page.locator(`${opener}, nav.sidebar:not([hidden])`).first().waitFor();
  const rail = page.locator(opener);
  if (await rail.isVisible()) await rail.click();
  await page.locator('nav.sidebar:not([hidden])').waitFor();
}
