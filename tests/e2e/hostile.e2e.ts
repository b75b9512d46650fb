import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import { MAX_DATA_FILE_BYTES } from '../../src/model/dataFile';
import { splitDataset } from '../../src/model/datasetParts';
import { STORE_KEY } from '../../src/model/layers/layerStore';
import type { Dataset } from '../../src/model/schema';

import { showFilters } from './browser';
import { graphReady, launchProbedBrowser, workerInControl } from './hostile-browser';

/**
 * Links and files from strangers: the app never runs what they hold, never shows an error page for them, and
 * says what it refused. (The parser's guarantees are proven in tests/unit/url-property.test.ts.)
 */

const { open } = launchProbedBrowser();
const CORE_FILE = /\/assets\/navigator-core-[^/]*\.json$/;
const DETAILS_FILE = /\/assets\/navigator-details-[^/]*\.json$/;
// The core part, as the build serves it.
const dataset = splitDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')) as Dataset)
  .core as unknown as {
  format: number;
  nodes: Record<string, unknown>[];
};

const PAYLOAD = 'window.__pwned=1';
const HOSTILE_QUERIES = [
  `?q=<script>${PAYLOAD}</script>`,
  `?q="><img src=x onerror="${PAYLOAD}">`,
  `?q=${encodeURIComponent(`<svg onload="${PAYLOAD}">`)}&lang=ja`,
  `?node=javascript:${PAYLOAD}`,
  `?node=${encodeURIComponent(`"><iframe src="javascript:${PAYLOAD}">`)}`,
  `?node=secid:weakness/owasp/ml-top10@2023%23<img src=x onerror=${PAYLOAD}>`,
  `?impact=${encodeURIComponent(`<b onmouseover=${PAYLOAD}>`)}&lifecycle=__proto__,constructor`,
  '?lifecycle=%E0%A4%A&impact=%ZZ&q=%&node=%ED%A0%80',
  '?lang=<script>&sort=__proto__&layout={{7*7}}&general=%00',
  `?q=${'😀'.repeat(5000)}&lifecycle=${'use,'.repeat(3000)}`,
  `?__proto__[polluted]=1&constructor[prototype][polluted]=1&q=ok`,
  `?${'x=1&'.repeat(2000)}q=many`,
];

async function expectIntact(page: Page) {
  // The navigator itself, not an error page: the header, the filters and the list are there.
  await page.locator('header h1').waitFor();
  await showFilters(page);
  await page.getByTestId('visible-nodes').waitFor();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
}

describe('hostile links', () => {
  it('open the navigator with the payload shown as text, never run', async () => {
    const { page, errors, dialogs, violations, pwned } = await open('');
    await graphReady(page);
    // One link is some 70 KB long, more than most servers take (this one answers 431): the service worker, in
    // place after a first visit, answers every link from its cache, so the app itself gets each of them.
    await workerInControl(page);
    for (const query of HOSTILE_QUERIES) {
      await page.goto(new URL(query, page.url()).toString());
      await expectIntact(page);
      expect(await pwned(), query).toBe(false);
    }
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('say what was ignored and keep the address canonical', async () => {
    const { page } = await open(
      `?impact=${encodeURIComponent('<b>bold</b>')}&node=${encodeURIComponent('<i>x')}`,
    );
    await expectIntact(page);
    const notices = page.getByTestId('notices');
    await expect.poll(() => notices.textContent()).toContain('<b>bold</b>');
    // The markup is text in the notice, not elements.
    expect(await notices.locator('b, i').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.context().close();
  });
});

describe('a hostile or broken data file', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['malformed JSON', '{"format": 1, "nodes": [', /JSON|json|Unexpected|Expected/],
    ['a wrong format version', JSON.stringify({ ...dataset, format: 2 }), /format/],
    [
      'a prototype-polluting key',
      JSON.stringify(dataset).replace('"nodes":[{', '"nodes":[{"__proto__":{"polluted":true},'),
      /__proto__/,
    ],
    [
      'markup in a field',
      JSON.stringify({
        ...dataset,
        nodes: [{ ...dataset.nodes[0], kind: `<img src=x onerror="${PAYLOAD}">` }],
      }),
      /nodes\[0\]\.kind/,
    ],
    [
      'a file over the size limit',
      JSON.stringify({ ...dataset, padding: 'x'.repeat(MAX_DATA_FILE_BYTES) }),
      /more than the 16\.0 MB a data file may have/,
    ],
  ];

  for (const [what, body, message] of cases) {
    it(`is refused with a message naming the problem: ${what}`, async () => {
      const { page, dialogs, pwned } = await open('', {
        before: (page) =>
          page.route(CORE_FILE, (route) => route.fulfill({ body, contentType: 'application/json' })),
      });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(en.dataError.heading);
      expect(await page.locator('.error-list').textContent()).toMatch(message);
      expect(await page.getByRole('button', { name: en.dataError.retry }).isVisible()).toBe(true);
      expect(await pwned()).toBe(false);
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await page.context().close();
    });
  }
});

describe('a hostile details file', () => {
  it('leaves the navigator working and says in the panel that the summary is missing', async () => {
    const body = JSON.stringify({
      format: 1,
      nodes: { evasion: { summary: { en: `<img src=x onerror="${PAYLOAD}">` } } },
    });
    const { page, dialogs, pwned } = await open('?node=evasion', {
      before: (page) =>
        page.route(DETAILS_FILE, (route) => route.fulfill({ body, contentType: 'application/json' })),
    });
    await expectIntact(page);
    const alert = page.getByTestId('details').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en.details.detailsFailed);
    expect(await alert.getByRole('button', { name: en.details.detailsRetry }).isVisible()).toBe(true);
    expect(await pwned()).toBe(false);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});

describe('saved content from an earlier visit', () => {
  for (const [what, raw] of [
    ['corrupt', 'not json {'],
    ['truncated', '{"version":1,"activeId":null,"layers":[{"id":"a","layer":{"format":'],
    ['of an old format', '{"version":0,"layers":{"a":{}}}'],
    ['prototype-polluting', '{"version":1,"activeId":null,"layers":[],"__proto__":{"polluted":true}}'],
  ]) {
    it(`when ${what}: the app starts, says so, exports it untouched and keeps it`, async () => {
      const { page, errors } = await open('', {
        acceptDownloads: true,
        before: (page) =>
          page.addInitScript(
            ([key, value]) => {
              if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, value!);
              sessionStorage.setItem('seeded', '1');
            },
            [STORE_KEY, raw],
          ),
      });
      await graphReady(page);
      await expectIntact(page);
      const problem = page.getByTestId('unreadable-layers');
      await problem.waitFor();
      expect(await problem.getAttribute('role')).toBe('alert');
      expect((await problem.locator('code').allTextContents()).join('\n').length).toBeGreaterThan(0);

      const download = page.waitForEvent('download');
      await problem.getByRole('button', { name: 'Export the saved content' }).click();
      const file = await (await download).path();
      expect(readFileSync(file, 'utf8')).toBe(raw);
      expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(raw);
      await page.reload();
      await graphReady(page);
      expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(raw);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
