import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';

import { graphReady, launchProbedBrowser } from './hostile-browser';

/**
 * The build works from a sub-path of a static host, as on GitHub Pages (docs/deploy.md): built with
 * BASE_PATH=/navigator/ and served by a plain file server that answers unknown paths with 404.html.
 */

const BASE = '/navigator/';
// Next to Vite's own caches: ignored by git and the linters.
const OUT_DIR = 'node_modules/.cache/dist-navigator';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Files under BASE; a folder serves its index.html; anything else is 404 with 404.html, like GitHub Pages. */
function staticHost(root: string): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const inside = path.startsWith(BASE)
      ? normalize(path.slice(BASE.length)).replace(/^(\.\.[/\\])+/, '')
      : null;
    let file = inside === null ? null : join(root, inside);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
      return;
    }
    response.writeHead(404, { 'content-type': TYPES['.html']! });
    response.end(readFileSync(join(root, '404.html')));
  });
}

let server: Server;
let origin = '';
const url = (path: string) => `${origin}${BASE}${path}`;

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'error'], {
    // The test runner sets NODE_ENV=test, which would make Vite build for development.
    env: { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE },
    stdio: 'inherit',
  });
  server = staticHost(OUT_DIR);
  return new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}, 180_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const { open } = launchProbedBrowser();

describe(`a build served from ${BASE}`, () => {
  it('refers to its files below the base path only', () => {
    const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(2);
    for (const reference of references) expect(reference.startsWith(BASE)).toBe(true);
    expect(readFileSync(join(OUT_DIR, '404.html'), 'utf8')).toBe(html);
  });

  it('draws the graph, with every request below the base path', async () => {
    const requests: string[] = [];
    const { page, errors } = await open('', {
      url: url('?lifecycle=use'),
      before: async (page) => void page.on('request', (request) => void requests.push(request.url())),
    });
    await graphReady(page);
    expect(new URL(page.url()).pathname).toBe(BASE);
    expect(requests.filter((request) => !request.startsWith(url('')))).toEqual([]);
    expect(requests.some((request) => /\/assets\/navigator-[^/]+\.json$/.test(request))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens deep links (answered by 404.html) and moves between views inside the base path', async () => {
    const { page, errors } = await open('', { url: url('table?lang=ja&node=evasion') });
    await page.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${BASE}table`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');

    await page.goto(url('index'));
    const tabs = page.getByRole('navigation', { name: en.views.label });
    await tabs.getByRole('link', { name: en.views.graph, exact: true }).click();
    await graphReady(page);
    // The router writes the base path without its trailing slash; the host answers both.
    expect(`${new URL(page.url()).pathname}/`.replace(/\/\/$/, '/')).toBe(BASE);

    await page.goto(url('no/such/page'));
    await page.getByRole('heading', { level: 1, name: en.notFound.heading }).waitFor();
    await page.getByRole('link', { name: en.notFound.home }).click();
    await graphReady(page);
    expect(`${new URL(page.url()).pathname}/`.replace(/\/\/$/, '/')).toBe(BASE);
    await page.reload();
    await graphReady(page);
    // 404 responses of deep links show in the console; nothing else may.
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
    await page.context().close();
  });

  it('registers its service worker for the base path', async () => {
    const { page } = await open('', { url: url('') });
    await graphReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(url(''));
    await page.context().close();
  });
});
