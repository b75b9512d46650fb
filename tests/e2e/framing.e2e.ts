import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';

import { appUrl } from './browser';
import { launchProbedBrowser } from './hostile-browser';

/**
 * Framed by another site (clickjacking), the app shows only a notice and a link that opens it in its own tab, so
 * none of its buttons can be clicked through someone else's page (src/app/framing.ts). This is the check for hosts
 * that send no `frame-ancestors` header; framed by its own origin, the app runs.
 */

const { open } = launchProbedBrowser();
const framer = (src: string) =>
  `<!doctype html><title>framer</title><iframe src="${src}" width="1200" height="800" style="opacity:0.5"></iframe>`;

// Another origin: a server on another port of this machine, framing the address in its query. (A page the test
// made up for a public host would not do: Chromium keeps public pages from framing the loopback address.)
let server: Server;
let EVIL = '';
beforeAll(
  () =>
    new Promise<void>((resolve) => {
      server = createServer((request, response) => {
        const src = new URL(request.url ?? '/', 'http://host').searchParams.get('src') ?? '';
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(framer(src.replaceAll('"', '&quot;')));
      });
      server.listen(0, '127.0.0.1', () => {
        EVIL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
        resolve();
      });
    }),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const evil = (src: string) => `${EVIL}?src=${encodeURIComponent(src)}`;

describe('framed', () => {
  it('by another site: only a notice with a link that opens the app in its own tab', async () => {
    const target = appUrl('layers?lang=en');
    const { page, errors } = await open('', { url: evil(target) });
    const frame = page.frameLocator('iframe');
    const notice = frame.getByTestId('framed-notice');
    await notice.waitFor();
    await page.waitForTimeout(1000);
    expect(await notice.getByRole('heading', { level: 1 }).textContent()).toContain('inside another site');
    // None of the app: no header, no buttons, no layer manager.
    expect(await frame.locator('header, button, [data-testid="layer-manager"]').count()).toBe(0);
    const link = notice.getByRole('link');
    expect(await link.getAttribute('href')).toBe(target);
    expect(await link.getAttribute('target')).toBe('_blank');

    const opened = page.context().waitForEvent('page');
    await link.click();
    const tab = await opened;
    await tab.getByTestId('layer-manager').waitFor();
    expect(await tab.getByRole('heading', { name: en.app.name }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('by a frame inside another site, even when the frame itself is the app’s origin', async () => {
    const framerOnApp = appUrl('framer.html');
    const { page } = await open('', {
      url: evil(framerOnApp),
      before: (page) =>
        page
          .context()
          .route(framerOnApp, (route) =>
            route.fulfill({ body: framer(appUrl('')), contentType: 'text/html' }),
          ),
    });
    const inner = page.frameLocator('iframe').frameLocator('iframe');
    await inner.getByTestId('framed-notice').waitFor();
    expect(await inner.locator('button').count()).toBe(0);
    await page.context().close();
  });

  it('by its own origin: the app runs', async () => {
    const framerOnApp = appUrl('framer.html');
    const { page, errors } = await open('', {
      url: framerOnApp,
      before: (page) =>
        page.route(framerOnApp, (route) =>
          route.fulfill({ body: framer(appUrl('layers')), contentType: 'text/html' }),
        ),
    });
    await page.frameLocator('iframe').getByTestId('layer-manager').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is refused by hosts that read the shipped headers file (Netlify, Cloudflare Pages)', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/^ {2}Content-Security-Policy: frame-ancestors 'self'$/m);
    expect(headers).toMatch(/^ {2}X-Frame-Options: SAMEORIGIN$/m);
  });
});
