import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { appUrl } from './browser';
import { launchProbedBrowser, workerInControl } from './hostile-browser';

/**
 * Any address opens the app: the navigator, or its own "Page not found" page, never a blank page or an uncaught
 * error. Paths the router cannot take (`//?x=1`, `/\?…`, `///`) are tidied before it sees them
 * (src/app/tidyAddress.ts). The query parser's own guarantees are in tests/unit/url-property.test.ts; this runs
 * whole addresses, path and query, through the real browser and router.
 */

const { open } = launchProbedBrowser();

const PATH_PIECES = [
  '/',
  '//',
  '///',
  '\\',
  '/\\',
  '.',
  '..',
  '%2F',
  '%2F%2F',
  '%5C',
  '%',
  '%E0%A4%A',
  '%00',
  'table',
  'index',
  'ml-top10',
  'layers',
  'x',
  '😀',
  ' ',
  '@',
  ':',
  'javascript:alert(1)',
  '127.0.0.1',
  ';',
];
const QUERY_PIECES = [
  '?',
  '?x=1',
  '?lifecycle=use',
  '?node=evasion',
  '?q=%',
  '&',
  '#',
  '#x',
  '?lang=ja',
  '??',
  '=&=',
];

const pathShape = fc
  .array(fc.constantFrom(...PATH_PIECES), { maxLength: 6 })
  .map((pieces) => pieces.join(''));
const query = fc.oneof(
  fc.array(fc.constantFrom(...QUERY_PIECES), { maxLength: 4 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }).map((text) => `?${text}`),
);

describe('any address', () => {
  it('opens the navigator or its not-found page, with a path the router can take', async () => {
    const { page, errors } = await open('');
    await page.locator('header h1').waitFor();
    // Some of these addresses the server refuses (a malformed escape in the path is a 404 or 400 from most): the
    // service worker, in place after a first visit, answers every address with the app, so the app gets each one.
    await workerInControl(page);
    const origin = new URL(appUrl('')).origin;
    await fc.assert(
      fc.asyncProperty(pathShape, query, async (path, search) => {
        errors.length = 0;
        const address = `${origin}/${path}${search}`;
        await page.goto(address);
        // The navigator with its data (the list, or a catalogue view), or the not-found page.
        await page
          .locator('[data-testid="visible-nodes"], .catalogue, main.screen h1')
          .first()
          .waitFor({ timeout: 15_000 });
        await page.waitForTimeout(100);
        expect(await page.locator('header h1, main.screen h1').count(), address).toBeGreaterThan(0);
        const shown = new URL(page.url());
        expect(shown.origin, address).toBe(origin);
        expect(shown.pathname, address).not.toMatch(/\/\//);
        expect(
          errors.filter((error) => !error.includes('404')),
          address,
        ).toEqual([]);
      }),
      {
        numRuns: 60,
        examples: [
          ['/', '?x=1'],
          ['/\\', '?x=1'],
          ['//', ''],
          ['/table//', '?lifecycle=use'],
        ],
      },
    );
    await page.context().close();
  }, 300_000);
});
