import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';

import { launchProbedBrowser, workerInControl } from './hostile-browser';

/**
 * A deploy reaches an open tab (docs/deploy.md, "Updates"): build A (dist/) is served, visited and installed; then
 * the host serves build B from the same origin; the open tab, reloaded, says "A new version is ready", and its
 * Reload button runs B. The two builds differ by their `<meta name="build-id">` (BUILD_ID at build time).
 */

const BUILD_A = 'dist';
// Next to Vite's own caches: ignored by git and the linters.
const BUILD_B = 'node_modules/.cache/dist-update-b';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

let root = BUILD_A;
let server: Server;
let origin = '';

/**
 * Serves the files of the build in `root`, revalidated on every request, like a host that was just deployed to;
 * other paths (deep links) get the app, as with a host's rewrite rule.
 */
function host(): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
}

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--outDir', BUILD_B, '--emptyOutDir', '--logLevel', 'error'], {
    // The test runner sets NODE_ENV=test, which would make Vite build for development.
    env: { ...process.env, NODE_ENV: 'production', BUILD_ID: 'B' },
    stdio: 'inherit',
  });
  server = host();
  return new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}, 180_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const { open } = launchProbedBrowser();
const buildId = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('meta[name="build-id"]')?.getAttribute('content') ?? null);

describe('a new deploy', () => {
  it('reaches an open tab: the first visit is offline-ready at once, then a prompt, and its Reload runs build B', async () => {
    expect(readFileSync(join(BUILD_A, 'index.html'), 'utf8')).not.toContain('name="build-id" content="B"');
    root = BUILD_A;
    const { page, errors } = await open('', { url: `${origin}/index` });
    await page.waitForSelector('main:not([aria-busy="true"]) h2');
    // The first visit's worker takes over the page at once, without a reload.
    await workerInControl(page);
    expect(await buildId(page)).toBeNull();
    expect(await page.getByTestId('update-prompt').count()).toBe(0);

    // Deploy B. A reload finds the new worker; the page still runs A and says that B is ready.
    root = BUILD_B;
    await page.reload();
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.textContent()).toContain(en.update.ready);
    expect(await buildId(page)).toBeNull();

    await prompt.getByRole('button', { name: en.update.reload }).click();
    await page.waitForFunction(
      () => document.querySelector('meta[name="build-id"]')?.getAttribute('content') === 'B',
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForSelector('main:not([aria-busy="true"]) h2');
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    // B is what the worker serves from now on, also after another reload.
    await page.reload();
    await page.waitForSelector('main:not([aria-busy="true"]) h2');
    expect(await buildId(page)).toBe('B');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
