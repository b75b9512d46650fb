import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { launchBrowserForFile, showFilters } from './browser';

const { open } = launchBrowserForFile();

// Pictures of the page for a person to look at; they land in the git-ignored test-results/.
describe('screenshots', () => {
  mkdirSync('test-results', { recursive: true });

  for (const [name, path] of [
    ['app-en', '?node=evasion'],
    ['app-ja', '?node=evasion&lang=ja'],
    ['app-en-filtered', '?lifecycle=development-time&q=poison&node=datapoison'],
  ] as const) {
    it(`takes ${name}.png`, async () => {
      const { page, errors } = await open(path, { viewport: { width: 1280, height: 800 } });
      await page.waitForSelector('[data-graph-ready="true"]');
      await page.screenshot({ path: `test-results/${name}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('takes app-search.png: the search list open, reached by keyboard', async () => {
    const { page, errors } = await open('?lang=ja', { viewport: { width: 1280, height: 800 } });
    await page.waitForSelector('[data-graph-ready="true"]');
    await showFilters(page);
    await page.getByRole('combobox', { name: '脅威と管理策を検索' }).focus();
    await page.keyboard.type('ポイズニング');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: 'test-results/app-search.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
