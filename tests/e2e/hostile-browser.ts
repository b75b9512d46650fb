import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { appUrl } from './browser';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

/**
 * Pages that report everything a hostile input could cause: uncaught errors, console errors, dialogs,
 * Content-Security-Policy violations, and whether a payload ran (payloads set `window.__pwned`).
 */

export interface ProbedPage {
  page: Page;
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Messages of alert/confirm/prompt dialogs that were opened (and dismissed). */
  dialogs: string[];
  /** `directive blocked-uri sample` of each CSP violation so far. */
  violations(): Promise<string[]>;
  /** Whether any payload ran. */
  pwned(): Promise<boolean>;
}

declare global {
  interface Window {
    __violations?: string[];
    __pwned?: unknown;
  }
}

export interface ProbedOpenOptions extends BrowserContextOptions {
  /** Runs before the page loads, e.g. to intercept requests. */
  before?: (page: Page) => Promise<unknown>;
  /** An absolute URL instead of a path below the served app. */
  url?: string;
}

/** One browser per test file; call at the top level of a *.e2e.ts file. */
export function launchProbedBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path = '', { before, url, ...options }: ProbedOpenOptions = {}): Promise<ProbedPage> {
    if (!browser) throw new Error('browser not started');
    // Wide enough for the filter column to start open beside the graph.
    const context = await browser.newContext({ viewport: { width: 1680, height: 1000 }, ...options });
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations?.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await before?.(page);
    await page.goto(url ?? appUrl(path));
    return {
      page,
      errors,
      dialogs,
      violations: () => page.evaluate(() => window.__violations ?? []),
      pwned: () => page.evaluate(() => window.__pwned !== undefined),
    };
  }

  return { open, browser: () => browser };
}

/** The shell is there: header, filters and the list (the graph may still be drawing). */
export async function shellShown(page: Page) {
  await page.waitForSelector('[data-testid="visible-nodes"], .catalogue, .screen', { state: 'attached' });
}

export async function graphReady(page: Page) {
  await page.waitForSelector('[data-graph-ready="true"]');
}

/** Resolves once the service worker answers the page's requests, as for a visitor who has been here before. */
export async function workerInControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}
