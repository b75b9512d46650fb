import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';
import { CANVAS_LOOKS } from '../../src/features/graph/palette';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, serializeLayer, setControlAnnotation } from '../../src/model/layers/editLayer';
import { parseDataset } from '../../src/model/parseDataset';
import { roleHighlights } from '../../src/model/roles/roles';
import { evaluateScope, threatIdsInScope } from '../../src/model/scope/evaluate';
import { visibleSubgraphInScope } from '../../src/model/scope/visibleInScope';

import { FILLED_LIST, launchBrowserForFile, showFilters } from './browser';

// Expectations come from the data set the build serves and the model's own rules, so they hold for any data.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const index = buildIndex(parsed.dataset);
const shown = visibleSubgraphInScope(index, DEFAULT_FILTERS, null).nodes;
const control = index.nodes.find((node) => node.kind === 'control' && shown.has(node.id))!;

const { open } = launchBrowserForFile();

async function ready(page: Page) {
  await showFilters(page);
  await page.waitForSelector(FILLED_LIST);
}

function listedIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="visible-nodes"] [data-node-id]', (elements) =>
    elements.map((element) => element.getAttribute('data-node-id') ?? '').sort(),
  );
}

const search = (page: Page) => new URL(page.url()).search;
/** The status of the selected control in the active layer, the details panel's annotation form opened first. */
async function statusSelect(page: Page) {
  const form = page.getByTestId('details').locator('details.annotation-box');
  await form.waitFor();
  if (!(await form.evaluate((element: HTMLDetailsElement) => element.open)))
    await form.locator('summary').click();
  return page.getByTestId('details').getByRole('combobox', { name: 'Status' });
}

async function contentOf(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe('workflows in a browser', () => {
  it('answering the questionnaire narrows the threats every view shows', async () => {
    const { page, errors } = await open('scope');
    await page.getByRole('radio', { name: 'Yes, generative AI' }).click();
    await expect.poll(() => search(page)).toBe('?scope=genai:y');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Graph' }).click();
    await ready(page);
    const expected = visibleSubgraphInScope(
      index,
      DEFAULT_FILTERS,
      threatIdsInScope(evaluateScope(index, { genai: 'y' })),
    );
    expect(await listedIds(page)).toEqual([...expected.nodes].sort());
    const counted = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
    const { threat, control, top10 } = expected.setAside;
    expect(await page.getByTestId('count-line').textContent()).toContain(
      ` · ${counted(threat, 'threat', 'threats')}, ${counted(control, 'control', 'controls')} and ${counted(top10, 'Top 10 item', 'Top 10 items')} set aside by your scope`,
    );
    expect(errors).toEqual([]);
  });

  it('the annotations and scope views are laid out alike, opened by a link or after another view', async () => {
    // Views load their code, styles included, separately: a view opened first must not miss another's styles, and
    // one opened after another must not pick up more.
    const inset = async (page: Page) => {
      const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
      await heading.waitFor();
      const [main, title] = await Promise.all([page.getByRole('main').boundingBox(), heading.boundingBox()]);
      return title!.x - main!.x;
    };
    const { page: reader, errors } = await open('table');
    const readingInset = await inset(reader);
    expect(readingInset).toBeGreaterThanOrEqual(16);
    for (const view of ['layers', 'scope'] as const) {
      await reader
        .getByRole('navigation', { name: en.views.label })
        .getByRole('link', { name: en.views[view] })
        .click();
      await expect.poll(() => new URL(reader.url()).pathname).toBe(`/${view}`);
      expect(await inset(reader), view).toBe(readingInset);
      const { page: linked, errors: linkedErrors } = await open(view);
      expect(await inset(linked), view).toBe(readingInset);
      expect(linkedErrors).toEqual([]);
      await linked.context().close();
    }
    expect(errors).toEqual([]);
    await reader.context().close();
  });

  it('an annotation is saved in the browser and is there after a reload', async () => {
    const { page, errors } = await open(`?node=${control.id}`);
    await (await statusSelect(page)).selectOption('implemented');
    await page.reload();
    await ready(page);
    expect(await (await statusSelect(page)).inputValue()).toBe('implemented');
    const row = page
      .getByTestId('visible-nodes')
      .locator('li', { has: page.locator(`[data-node-id="${control.id}"]`) });
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('implemented');
    expect(errors).toEqual([]);
  });

  it('an exported layer imports again to the same annotations', async () => {
    const first = await open(`?node=${control.id}`);
    await (await statusSelect(first.page)).selectOption('partial');
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
    expect(await (await statusSelect(second.page)).inputValue()).toBe('partial');
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
    expect(await (await statusSelect(page)).inputValue()).toBe('planned');
    expect(errors).toEqual([]);
  });

  it('on the graph, a shared layer’s prompt and then what came of it float over the graph, which keeps its size', async () => {
    const name = 'Team review';
    const layer = createLayer(name, index.dataset.upstream[0]!.commit, '2026-01-01T00:00:00.000Z');
    const { page, errors } = await open('');
    await page.route('**/shared/review.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: serializeLayer(layer) }),
    );
    const canvas = page.locator('.graph-canvas');
    await page.waitForSelector('[data-graph-ready="true"]');
    const alone = await canvas.boundingBox();
    await page.goto(`${page.url().replace(/\?.*$/, '')}?layer=%2Fshared%2Freview.json`);
    const add = page.getByRole('button', { name: 'Add as a new layer' });
    await add.waitFor();
    await page.waitForSelector('[data-graph-ready="true"]');
    expect(await canvas.boundingBox()).toEqual(alone);
    const prompt = (await page.getByTestId('shared-layer').boundingBox())!;
    expect(prompt.y + prompt.height).toBeGreaterThan(alone!.y + 100);
    // Answered from the keyboard, the prompt goes and the graph takes the focus.
    await add.focus();
    await page.keyboard.press('Enter');
    const outcome = page.getByTestId('shared-layer-status').getByText(`Added “${name}”.`);
    await outcome.waitFor();
    expect(await canvas.boundingBox()).toEqual(alone);
    expect(await canvas.evaluate((element) => element === document.activeElement)).toBe(true);
    // It goes by itself, and the graph stays where it is.
    await outcome.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await canvas.boundingBox()).toEqual(alone);
    expect(errors).toEqual([]);
  }, 30_000);

  it('a layer shared from another HTTPS site that allows it by CORS is offered too', async () => {
    const layer = createLayer(
      'Baseline elsewhere',
      index.dataset.upstream[0]!.commit,
      '2026-01-01T00:00:00.000Z',
    );
    const { page, errors } = await open('');
    await page.route('https://layers.example.org/baseline.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: serializeLayer(layer),
      }),
    );
    await page.goto(
      `${page.url().replace(/\?.*$/, '')}?layer=${encodeURIComponent('https://layers.example.org/baseline.json')}`,
    );
    await page.getByRole('button', { name: 'Add as a new layer' }).click();
    await page.waitForFunction(() => !location.search.includes('layer='));
    expect(errors).toEqual([]);
  });

  it('control chips in the periodic table show their status while a layer is active', async () => {
    const chipControl =
      index.nodes.find((node) => node.kind === 'control' && node.id === 'monitoruse') ?? control;
    const { page, errors } = await open(`?node=${chipControl.id}`);
    await (await statusSelect(page)).selectOption('partial');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Periodic table' })
      .click();
    const chip = page.locator('.chip', { has: page.locator(`[data-node-id="${chipControl.id}"]`) }).first();
    await chip.waitFor();
    expect(await chip.locator('[data-status]').getAttribute('data-status')).toBe('partial');
    expect(await chip.locator('[data-status]').textContent()).toBe('◐Partly implemented');
    const unknown = page.locator('.chip [data-status="unknown"]');
    expect(await unknown.count()).toBeGreaterThan(0);
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

  it('with a layer active the graph marks statuses, explains them, and the SVG carries marks, legend and source', async () => {
    const { page, errors } = await open(`?node=${control.id}`);
    await (await statusSelect(page)).selectOption('implemented');
    const legend = await graphMarks(page);
    await legend.locator('[data-mark="status-implemented"]').waitFor();
    expect(await legend.getByRole('listitem').allTextContents()).toContain('✓Implemented');

    const svg = await downloadImage(page, 'svg');
    expect(svg.name).toBe('ai-security-navigator.svg');
    expect(svg.text.startsWith('<svg')).toBe(true);
    const texts = textsOf(svg.text);
    // The annotated control is named with its status symbol in front; other node labels are there too.
    expect(texts.some((text) => text.startsWith('✓ '))).toBe(true);
    expect(texts).toContain(index.nodes.find((node) => node.kind === 'threat-group')!.title.en);
    // The legend, with the layer's marks, and the source lines.
    for (const line of ['Marks on the graph', 'Implemented', 'Threat rated critical risk', 'Relations'])
      expect(texts).toContain(line);
    const commit = index.dataset.upstream[0]!.commit.slice(0, 7);
    expect(texts.some((text) => text.includes(commit))).toBe(true);
    expect(texts.some((text) => text.endsWith(`?node=${control.id}`))).toBe(true);

    const png = await downloadImage(page, 'png');
    expect(png.name).toBe('ai-security-navigator.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);
  });

  it('a picture of a filtered view shows it as shown: closed up, nothing dimmed, with a title and the date', async () => {
    const { page, errors } = await open(
      '?lifecycle=runtime&impact=model-confidentiality&node=runtimemodelleak',
    );
    await page.waitForSelector('[data-graph-ready="true"]');
    const svg = await downloadImage(page, 'svg');
    const texts = textsOf(svg.text);
    expect(texts).toContain(
      'AI security threats and the controls against them — OWASP AI Exchange navigator',
    );
    expect(texts.some((text) => /\d{4}-\d{2}-\d{2}/.test(text))).toBe(true);
    // What the filters show is there; what they hide is not, and left no room.
    expect(texts.some((text) => text.includes('Direct runtime model'))).toBe(true);
    expect(texts.some((text) => text.includes('Zero-knowledge'))).toBe(false);
    // The selection dims the rest on screen, not in the picture: every name is drawn in full.
    const faded = [...svg.text.matchAll(/<text[^>]*fill-opacity="([\d.]+)"/g)].filter(
      (match) => Number(match[1]) < 0.9,
    );
    expect(faded).toEqual([]);
    const size = svg.text.match(/<svg[^>]* width="(\d+(?:\.\d+)?)"[^>]* height="(\d+(?:\.\d+)?)"/)!;
    expect(Number(size[1]) * Number(size[2])).toBeLessThan(2000 * 1500);
    expect(errors).toEqual([]);
  });

  it('in dark mode a picture keeps the light look, and the screen stays dark', async () => {
    const { page, errors } = await open('', { colorScheme: 'dark' });
    await page.waitForSelector('[data-graph-ready="true"]');
    const canvas = page.locator('.graph-canvas');
    const shownBefore = await canvas.screenshot();

    const svg = await downloadImage(page, 'svg');
    const fills = new Set([...svg.text.matchAll(/fill="([^"]+)"/g)].map((match) => match[1]));
    expect(fills).toContain(rgbOf(CANVAS_LOOKS.light.band.fill));
    expect(fills).not.toContain(rgbOf(CANVAS_LOOKS.dark.band.fill));
    await downloadImage(page, 'png');

    expect((await canvas.screenshot()).equals(shownBefore)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('role=… marks what the role acts on, with a legend entry', async () => {
    const { page, errors } = await open('?role=data-engineer');
    const legend = await graphMarks(page);
    expect(await legend.getByRole('listitem').allTextContents()).toEqual([
      '★What your role (Data engineer) acts on',
    ]);
    const focus = roleHighlights(index, 'data-engineer');
    const svg = await downloadImage(page, 'svg');
    const marked = textsOf(svg.text).filter((text) => text.startsWith('★ '));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThanOrEqual(focus.size);
    expect(errors).toEqual([]);
  });
});

/** The legend of the graph's marks, under the legend's "More". */
async function graphMarks(page: Page) {
  await page.waitForSelector('[data-graph-ready="true"]');
  const details = page.locator('details.graph-legend__more');
  if (!(await details.evaluate((element: HTMLDetailsElement) => element.open)))
    await details.locator('summary').click();
  const legend = page.getByRole('region', { name: 'Marks on the graph' });
  await legend.waitFor();
  return legend;
}

/** Downloads the graph picture through the header's menu. */
async function downloadImage(page: Page, format: 'png' | 'svg') {
  const menu = page.locator('details.export-image');
  if (!(await menu.evaluate((element: HTMLDetailsElement) => element.open)))
    await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download image (${format.toUpperCase()})` }).click(),
  ]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** `#rrggbb` as the SVG writer spells it, `rgb(r,g,b)`. */
function rgbOf(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r},${g},${b})`;
}

/** The text of every <text> element of an SVG document (entities decoded). */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
