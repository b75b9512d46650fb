/**
 * Takes the README's picture (docs/screenshot.png) from the production build: the graph at 1440 × 900 with a
 * threat selected, as a new visitor following a shared link sees it. Run `npm run build` first, then
 * `npm run screenshot`, whenever the look of the graph or the details changes.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const PATH = '?node=promptinjection';
const OUT = 'docs/screenshot.png';

const server = await preview({
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('preview server did not report its address');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(new URL(PATH, url).toString());
  await page.locator('[data-graph-ready="true"]').waitFor();
  // The highlight fades in; a picture taken halfway would show it half drawn.
  await page.waitForTimeout(600);
  await page.screenshot({ path: OUT });
  console.log(`${OUT} taken from ${PATH}`);
} finally {
  await browser.close();
  await server.close();
}
