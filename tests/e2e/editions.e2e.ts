import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import ja from '../../src/app/i18n/ja';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';

import { appUrl, FILLED_LIST, launchBrowserForFile } from './browser';

// The editions of the LLM Top 10 the data carries, in the production build, in both languages.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const index = buildIndex(parsed.dataset);

const { open } = launchBrowserForFile();

const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);
const detailsTitle = (page: Page) => page.locator('#details-title');
const cardNumbers = (page: Page) =>
  page.locator('.top10-card__number').evaluateAll((nodes) => nodes.map((node) => node.textContent));
const numbers = (edition: string) =>
  Array.from({ length: 10 }, (_, i) => `LLM${String(i + 1).padStart(2, '0')}:${edition}`);

describe('LLM Top 10 editions', () => {
  it('/llm-top10 shows the 2026 list by default and switches edition in the URL', async () => {
    const { page, errors } = await open('llm-top10');
    await page.locator('.top10-card').first().waitFor();
    expect(await cardNumbers(page)).toEqual(numbers('2026'));
    expect(await page.locator('.edition-badge').textContent()).toBe('2026 edition');
    const card = page.locator('article', { has: page.locator('[data-node-id="LLM08:2026"]') });
    expect(await card.locator('.top10-card__name').textContent()).toBe('Hidden Context Exposure');
    // It carries over System Prompt Leakage of 2025; its Japanese name is ours.
    expect(await card.textContent()).toContain('LLM07:2025 System Prompt Leakage');
    expect(await card.textContent()).toContain(en.details.jaTitleSource.ours);

    const switcher = page.getByRole('group', { name: en.filters.edition });
    await switcher.getByRole('button', { name: '2025' }).click();
    await expect.poll(() => search(page)).toBe('?edition=2025');
    await expect.poll(() => cardNumbers(page)).toEqual(numbers('2025'));
    expect(await page.locator('.edition-badge').textContent()).toBe('2025 edition');
    const leakage = page.locator('article', { has: page.locator('[data-node-id="LLM07:2025"]') });
    expect(await leakage.locator('.top10-card__name').textContent()).toBe('System Prompt Leakage');
    expect(await leakage.textContent()).toContain(en.details.jaTitleSource.official);

    await switcher.getByRole('button', { name: '2023' }).click();
    await expect.poll(() => cardNumbers(page)).toEqual(numbers('2023'));
    await page.goBack();
    await page.goBack();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads in Japanese: the official names of 2025, ours for 2026, said so', async () => {
    mkdirSync('test-results', { recursive: true });
    const { page, errors } = await open('llm-top10?lang=ja');
    await page.locator('.top10-card').first().waitFor();
    expect(await page.locator('.edition-badge').textContent()).toBe('2026 年版');
    const card = page.locator('article', { has: page.locator('[data-node-id="LLM08:2026"]') });
    expect(await card.locator('.top10-card__name').textContent()).toBe('隠れたコンテキストの露出');
    expect(await card.textContent()).toContain(ja.details.jaTitleSource.ours);
    await page.screenshot({ path: 'test-results/editions-llm-top10-ja.png' });
    await page
      .getByRole('group', { name: ja.filters.edition })
      .getByRole('button', { name: '2025 年版' })
      .click();
    const leakage = page.locator('article', { has: page.locator('[data-node-id="LLM07:2025"]') });
    await leakage.waitFor();
    expect(await leakage.locator('.top10-card__name').textContent()).toBe('システムプロンプトの漏洩');
    expect(await leakage.textContent()).toContain(ja.details.jaTitleSource.official);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('?node=LLM08 opens LLM08:2026 Hidden Context Exposure, with the same number in the other editions', async () => {
    const { page, errors } = await open('?node=LLM08');
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Hidden Context Exposure');
    await expect.poll(() => search(page)).toBe('?node=LLM08:2026');
    const notice = page.getByTestId('llm-edition-notice');
    expect(await notice.textContent()).toContain('“LLM08” names a different risk in each edition');
    expect(await notice.getByRole('button').allTextContents()).toEqual([
      expect.stringContaining('LLM08:2025 Vector and Embedding Weaknesses'),
      expect.stringContaining('LLM08:2023 Excessive Agency'),
    ]);
    await notice.getByRole('button', { name: /LLM08:2025/ }).click();
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Vector and Embedding Weaknesses');
    await expect.poll(() => search(page)).toBe('?edition=2025&node=LLM08:2025');
    // The graph's list now holds the 2025 items, not those of 2026.
    const list = page.locator(FILLED_LIST);
    await list.locator('[data-node-id="LLM08:2025"]').first().waitFor();
    expect(await list.locator('[data-node-id="LLM08:2026"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('?node=LLM08 in Japanese', async () => {
    const { page, errors } = await open('?node=LLM08&lang=ja');
    await expect.poll(() => detailsTitle(page).textContent()).toBe('隠れたコンテキストの露出');
    const notice = page.getByTestId('llm-edition-notice');
    expect(await notice.textContent()).toContain(
      '「LLM08」は OWASP LLM Top 10 の版ごとに別のリスクを指します',
    );
    expect(await notice.getByRole('button').allTextContents()).toEqual([
      expect.stringContaining('LLM08:2025 ベクトルと埋め込みの脆弱性'),
      expect.stringContaining('LLM08:2023 過剰な代理行為'),
    ]);
    await page.screenshot({ path: 'test-results/editions-notice-ja.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a SecID of the 2025 edition opens System Prompt Leakage, in both languages', async () => {
    const secid = encodeURIComponent('secid:weakness/owasp/llm-top10@2025#LLM07');
    const { page, errors } = await open(`?node=${secid}`);
    await expect.poll(() => detailsTitle(page).textContent()).toBe('System Prompt Leakage');
    await expect.poll(() => search(page)).toBe('?edition=2025&node=LLM07:2025');
    // The SecID is in the lower part of the details, drawn in the frame after the node.
    await expect
      .poll(() => page.getByTestId('details').textContent())
      .toContain('secid:weakness/owasp/llm-top10@2025#LLM07');
    await page.goto(appUrl(`?node=${secid}&lang=ja`));
    await expect.poll(() => detailsTitle(page).textContent()).toBe('システムプロンプトの漏洩');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an old slug opens the current item; the details link each LLM item to the editions before and after', async () => {
    const { page, errors } = await open('?node=closedboxevasion');
    await expect
      .poll(() => detailsTitle(page).textContent())
      .toBe(index.node('zeroknowledgeevasion')!.title.en);
    await expect.poll(() => search(page)).toBe('?node=zeroknowledgeevasion');
    await page.goto(appUrl('?node=LLM08:2026'));
    const details = page.getByTestId('details');
    await details.getByRole('heading', { name: en.details.predecessors }).waitFor();
    await details.getByRole('button', { name: /LLM07:2025 System Prompt Leakage/ }).click();
    await expect.poll(() => search(page)).toBe('?edition=2025&node=LLM07:2025');
    await expect.poll(() => details.getByRole('heading', { name: en.details.successors }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the graph view offers the edition among the filters, and names every source with its editions', async () => {
    const { page, errors } = await open('?lang=ja');
    const list = page.locator(FILLED_LIST);
    await list.locator('[data-node-id="LLM01:2026"]').first().waitFor();
    await page.getByRole('radio', { name: '2023 年版' }).check();
    await expect.poll(() => search(page)).toBe('?edition=2023&lang=ja');
    await list.locator('[data-node-id="LLM01:2023"]').first().waitFor();
    expect(await list.locator('[data-node-id="LLM01:2026"]').count()).toBe(0);
    const version = page.getByTestId('data-version');
    const text = await version.textContent();
    expect(text).toContain('OWASP Top 10 for LLM Applications 2026, 2025');
    expect(text).toContain('MITRE ATLAS 5.6.0');
    expect(text).toContain('OWASP AI Exchange');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a layer file made with the 2023 ids is migrated and its annotations kept', async () => {
    const threat = index.nodes.find((node) => node.kind === 'threat')!;
    const layer = {
      format: 'ai-security-navigator-layer',
      version: 1,
      name: 'Made in 2025',
      created: '2025-06-01T00:00:00Z',
      modified: '2025-06-01T00:00:00Z',
      dataVersion: index.dataset.upstream[0]!.commit,
      controls: {},
      threats: { [threat.id]: { likelihood: 4 }, LLM01: { likelihood: 5, note: 'From the 2023 list.' } },
    };
    const { page, errors } = await open('');
    await page.route('**/shared/old-layer.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(layer) }),
    );
    await page.goto(appUrl(`?node=${threat.id}&layer=%2Fshared%2Fold-layer.json`));
    await page.getByRole('button', { name: 'Add as a new layer' }).click();
    await page.waitForFunction(() => !location.search.includes('layer='));
    const likelihood = page.getByTestId('details').getByRole('combobox', { name: 'Likelihood' });
    expect(await likelihood.inputValue()).toBe('4');
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(stored).toContain('LLM01:2023');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
