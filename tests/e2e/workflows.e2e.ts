import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, serializeLayer, setControlAnnotation } from '../../src/model/layers/editLayer';
import { parseDataset } from '../../src/model/parseDataset';
import { evaluateScope, threatIdsInScope } from '../../src/model/scope/evaluate';
import { visibleSubgraphInScope } from '../../src/model/scope/visibleInScope';

import { launchBrowserForFile } from './browser';

// Expectations come from the data set the build serves and the model's own rules, so they hold for any data.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const index = buildIndex(parsed.dataset);
const shown = visibleSubgraphInScope(index, DEFAULT_FILTERS, null).nodes;
const control = index.nodes.find((node) => node.kind === 'control' && shown.has(node.id))!;

const { open } = launchBrowserForFile();

async function ready(page: Page) {
  await page.waitForSelector('[data-testid="visible-nodes"]');
}

function listedIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="visible-nodes"] [data-node-id]', (elements) =>
    elements.map((element) => element.getAttribute('data-node-id') ?? '').sort(),
  );
}

const search = (page: Page) => new URL(page.url()).search;
const statusSelect = (page: Page) => page.getByTestId('details').getByRole('combobox', { name: 'Status' });

async function contentOf(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe('workflows in a browser', () => {
  it('answering the questionnaire narrows the threats every view shows', async () => {
    const { page, errors } = await open('scope');
    await page.getByRole('radio', { name: 'Yes, generative AI' }).click();
    expect(search(page)).toBe('?scope=genai:y');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Graph' }).click();
    await ready(page);
    const expected = visibleSubgraphInScope(
      index,
      DEFAULT_FILTERS,
      threatIdsInScope(evaluateScope(index, { genai: 'y' })),
    );
    expect(await listedIds(page)).toEqual([...expected.nodes].sort());
    expect(errors).toEqual([]);
  });

  it('an annotation is saved in the browser and is there after a reload', async () => {
    const { page, errors } = await open(`?node=${control.id}`);
    await statusSelect(page).selectOption('implemented');
    await page.reload();
    await ready(page);
    expect(await statusSelect(page).inputValue()).toBe('implemented');
    const row = page
      .getByTestId('visible-nodes')
      .locator('li', { has: page.locator(`[data-node-id="${control.id}"]`) });
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('implemented');
    expect(errors).toEqual([]);
  });

  it('an exported layer imports again to the same annotations', async () => {
    const first = await open(`?node=${control.id}`);
    await statusSelect(first.page).selectOption('partial');
    await first.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Annotations' })
      .click();
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page
        .getByRole('button', { name: /^Export “/ })
        .first()
        .click(),
    ]);
    const file = await contentOf(download);
    expect(JSON.parse(file).controls[control.id].status).toBe('partial');

    const second = await open('layers');
    await second.page.getByLabel('Import a layer file (.json)').setInputFiles({
      name: 'layer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await second.page.getByRole('button', { name: 'Add as a new layer' }).click();
    await second.page.goto(first.page.url().replace(/\/layers\?/, '/?'));
    await ready(second.page);
    expect(await statusSelect(second.page).inputValue()).toBe('partial');
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('a layer shared by link is added after confirmation and the link is removed', async () => {
    const layer = setControlAnnotation(
      createLayer('Shared team layer', index.dataset.upstream[0]!.commit, '2026-01-01T00:00:00.000Z'),
      control.id,
      { status: 'planned' },
      '2026-01-01T00:00:00.000Z',
    );
    const { page, errors } = await open('');
    await page.route('**/shared/team-layer.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: serializeLayer(layer) }),
    );
    await page.goto(
      page.url().replace(/\?.*$/, '') + `?node=${control.id}&layer=%2Fshared%2Fteam-layer.json`,
    );
    await page.getByRole('button', { name: 'Add as a new layer' }).click();
    await page.waitForFunction(() => !location.search.includes('layer='));
    expect(search(page)).toBe(`?node=${control.id}`);
    expect(await statusSelect(page).inputValue()).toBe('planned');
    expect(errors).toEqual([]);
  });

  it('downloads each export with the view’s content', async () => {
    const { page, errors } = await open(`layers?node=${control.id}`);
    const menu = page.getByTestId('export-menu');
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('button', { name }).click(),
      ]);
      return { name: file.suggestedFilename(), text: await contentOf(file) };
    };
    const csv = await download('Spreadsheet (CSV)');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain(control.title.en);

    const checklist = await download('Checklist (Markdown)');
    expect(checklist.name).toMatch(/\.md$/);
    expect(checklist.text).toMatch(/^- \[ \] /m);

    const json = await download('Visible data (JSON)');
    expect(json.name).toMatch(/\.json$/);
    const exported = parseDataset(JSON.parse(json.text));
    expect(exported.ok && exported.dataset.nodes.length).toBe(shown.size);
    expect(errors).toEqual([]);
  });
});
