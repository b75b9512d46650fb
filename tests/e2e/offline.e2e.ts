import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import type { Dataset } from '../../src/model/schema';

import { FILLED_LIST, showFilters } from './browser';
import { graphReady, launchProbedBrowser } from './hostile-browser';

// After one visit the service worker (vite-plugin-pwa, see vite.config.ts) holds every file of the app.
const { open } = launchProbedBrowser();
const evasion = (JSON.parse(readFileSync('data/navigator.json', 'utf8')) as Dataset).nodes.find(
  (node) => node.id === 'evasion',
)!;

/**
 * Resolves once the service worker is active, that is after it has precached every file; a reload then goes
 * through it. (A waitForFunction predicate that returns a promise would not wait: the promise counts as true.)
 */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('offline after the first visit', () => {
  it('reloads the graph, opens other views by deep link, all without network', async () => {
    const { page, errors } = await open('?lifecycle=use');
    await graphReady(page);
    await offlineReady(page);

    await page.context().setOffline(true);
    await page.reload();
    await graphReady(page);
    await showFilters(page);
    await page.waitForSelector(FILLED_LIST);
    expect(await page.getByTestId('visible-nodes').locator('[data-node-id]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('lifecycle')).toBe('use');

    // Both parts of the data set are cached: the panel of a node link fills in with its summary.
    await page.goto(new URL('?node=evasion', page.url()).toString());
    await page.getByTestId('details').getByText(evasion.summary.en).waitFor();

    // A deep link the first visit never opened: the app shell answers it, the view's code is cached too.
    await page.goto(new URL('index?lang=ja', page.url()).toString());
    await page.waitForSelector('main:not([aria-busy="true"]) h2');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.goto(new URL('table', page.url()).toString());
    await page.getByRole('navigation', { name: en.views.label }).waitFor();

    // Network errors while offline are expected (the browser reports refused requests as console errors).
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(error))).toEqual([]);
    await page.context().close();
  });

  it('downloads the app for offline use only once the graph is drawn', async () => {
    // When the page registers its service worker (which then downloads every file) and when the graph is drawn.
    const { page } = await open('', {
      before: (page) =>
        page.addInitScript(() => {
          const times = { registered: 0, drawn: 0 };
          Object.assign(window, { __times: times });
          const register = ServiceWorkerContainer.prototype.register;
          ServiceWorkerContainer.prototype.register = function (...args) {
            times.registered = performance.now();
            return register.apply(this, args);
          };
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[data-graph-ready="true"]')) return;
            times.drawn = performance.now();
            observer.disconnect();
          }).observe(document, { subtree: true, childList: true, attributes: true });
        }),
    });
    await graphReady(page);
    await offlineReady(page);
    const { registered, drawn } = await page.evaluate(
      () => (window as unknown as { __times: { registered: number; drawn: number } }).__times,
    );
    expect(drawn).toBeGreaterThan(0);
    expect(registered).toBeGreaterThan(drawn);
    await page.context().close();
  });
});
