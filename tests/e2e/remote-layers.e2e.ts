import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchProbedBrowser } from './hostile-browser';
import { type LayerServer, startLayerServer } from './layer-server';

/**
 * A layer shared by address (`?layer=`), in the real browser, where fetch() reports nearly every failure as the
 * same "Failed to fetch": each failure names its cause (src/features/layers/loadLayerFromUrl.ts), a slow server can
 * be cancelled and is given up after 15 s, and nothing is added. The other site is a real HTTPS server on a
 * loopback port (tests/e2e/layer-server.ts): routes that the test answers itself skip the browser's CORS checks.
 */

const { open } = launchProbedBrowser();
let server: LayerServer;
beforeAll(async () => {
  server = await startLayerServer();
});
afterAll(() => server.close());

async function openShared(address: string) {
  const probed = await open(`index?layer=${encodeURIComponent(address)}`, { ignoreHTTPSErrors: true });
  const prompt = probed.page.getByTestId('shared-layer');
  await prompt.waitFor();
  return { ...probed, prompt };
}

/** The cause the prompt names, once loading has failed. */
async function problemOf(page: Page) {
  const alert = page.getByTestId('shared-layer').getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  return { problem: await alert.getAttribute('data-problem'), text: (await alert.textContent()) ?? '' };
}

describe('a shared layer that cannot be loaded says why', () => {
  it('plain http to another site: refused by the page’s security policy', async () => {
    const { page } = await openShared('http://layers.example.org/team.json');
    const { problem, text } = await problemOf(page);
    expect(problem).toBe('blocked-by-policy');
    expect(text).toContain(
      'security policy does not allow loading from http://layers.example.org, or from where it redirects',
    );
    await page.context().close();
  });

  it('a server that does not allow other sites to read it (no CORS header)', async () => {
    const { page } = await openShared(`${server.origin}/private.json`);
    const { problem, text } = await problemOf(page);
    expect(problem).toBe('cors');
    expect(text).toContain(`The server at ${server.origin} does not allow other sites to read this file.`);
    await page.context().close();
  });

  it('a redirect loop: too many redirects; a redirect to javascript: is refused by the policy', async () => {
    for (const [path, expected, words] of [
      ['loop.json', 'redirects', 'The address redirects, but not to a file the navigator can read'],
      // The browser names the address before the redirect, not the javascript: one.
      [
        'to-script.json',
        'blocked-by-policy',
        'security policy does not allow loading from https://127.0.0.1',
      ],
    ]) {
      const { page, dialogs, pwned } = await openShared(`${server.origin}/${path}`);
      const { problem, text } = await problemOf(page);
      expect(problem, path).toBe(expected);
      expect(text).toContain(words);
      expect(dialogs).toEqual([]);
      expect(await pwned()).toBe(false);
      await page.context().close();
    }
  });

  it('not found, a page that is not a layer file, and a server that cannot be reached', async () => {
    for (const [address, expected, words] of [
      [`${server.origin}/gone.json`, 'not-found', 'There is no file at this address (HTTP 404).'],
      [`${server.origin}/login.json`, 'not-a-layer', 'is not a layer file of this navigator'],
      [
        'https://127.0.0.1:1/team.json',
        'unreachable',
        'No file came back from https://127.0.0.1:1: the server could not be reached',
      ],
    ]) {
      const { page } = await openShared(address!);
      const { problem, text } = await problemOf(page);
      expect(problem, address).toBe(expected);
      expect(text).toContain(words);
      await page.context().close();
    }
  });

  it('a server that does not answer: Cancel takes the prompt away and the link’s layer= with it', async () => {
    const { page, prompt, errors } = await openShared(`${server.origin}/slow.json`);
    await prompt.getByText(`Loading the layer from ${server.origin}/slow.json…`).waitFor();
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await prompt.waitFor({ state: 'detached' });
    await page.waitForFunction(() => !location.search.includes('layer='));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a server that does not answer is given up after 15 seconds, with a way to try again', async () => {
    const { page } = await openShared(`${server.origin}/slow.json`);
    const started = Date.now();
    const { problem, text } = await problemOf(page);
    expect(problem).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThan(10_000);
    expect(text).toContain('The server did not send the file within 15 seconds.');
    expect(await page.getByTestId('shared-layer').getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await page.context().close();
  }, 60_000);
});
