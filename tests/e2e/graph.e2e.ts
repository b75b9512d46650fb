import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { graphPicture } from '../../src/model/graphPicture';
import { parseDataset } from '../../src/model/parseDataset';
import { visibleSubgraph } from '../../src/model/visibility';

import { launchBrowserForFile } from './browser';
import { seeGraph } from './graphProbe';

// Expectations come from the served data set and the model's own rules, so they hold for any data.
const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
if (!parsed.ok) throw new Error(`data/navigator.json is invalid: ${parsed.errors.join('; ')}`);
const index = buildIndex(parsed.dataset);
const visibleCount = (filters: Partial<Filters> = {}) =>
  visibleSubgraph(index, { ...DEFAULT_FILTERS, ...filters }).nodes.size;
/** What the graph draws for filters: what they show, the general controls folded into their boxes. */
const drawnCount = (filters: Partial<Filters>) =>
  graphPicture(index, visibleSubgraph(index, { ...DEFAULT_FILTERS, ...filters }), {
    fold: 'auto',
    narrowed: true,
  }).drawn.size;
const threat = parsed.dataset.nodes
  .filter((node) => node.kind === 'threat')
  .sort((a, b) => a.order - b.order)[0]!;

const { open } = launchBrowserForFile();
const canvas = (page: Page) => page.locator('.graph-canvas');
const selectedNode = (page: Page) => new URL(page.url()).searchParams.get('node');

async function ready(page: Page) {
  await page.waitForSelector('[data-graph-ready="true"]');
}

describe('the graph canvas in a browser', () => {
  mkdirSync('test-results', { recursive: true });

  it('draws exactly what the filters show, the general controls folded, and lists them all', async () => {
    const { page, errors } = await open('?lifecycle=development-time', { reducedMotion: 'reduce' });
    await ready(page);
    expect(Number(await canvas(page).getAttribute('data-visible-count'))).toBe(
      drawnCount({ lifecycle: ['development-time'] }),
    );
    await page.getByRole('button', { name: 'Fold general controls' }).click();
    await page.waitForFunction(() => location.search.includes('general=open'));
    expect(Number(await canvas(page).getAttribute('data-visible-count'))).toBe(
      visibleCount({ lifecycle: ['development-time'] }),
    );
    await page.screenshot({ path: 'test-results/graph-en-development-time.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selects a node on click and clears the selection on a click on the background', async () => {
    const { page, errors } = await open(`?node=${threat.id}`, { reducedMotion: 'reduce' });
    await ready(page);
    expect(Number(await canvas(page).getAttribute('data-visible-count'))).toBe(visibleCount());
    // Leave it by Escape, then click it where it stands.
    await canvas(page).focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('node'));
    const box = (await canvas(page).boundingBox())!;
    const node = (await seeGraph(page)).nodes.find((seen) => seen.id === threat.id)!;
    await page.mouse.click(box.x + (node.box.x1 + node.box.x2) / 2, box.y + (node.box.y1 + node.box.y2) / 2);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('node') === id, threat.id);
    expect(selectedNode(page)).toBe(threat.id);
    // After "fit", the canvas's top-right corner is empty background.
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.mouse.click(box.x + 4, box.y + 4);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('node'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('can be driven from the keyboard', async () => {
    const { page, errors } = await open('', { reducedMotion: 'reduce' });
    await ready(page);
    await canvas(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const announced = page.locator('.graph-view [aria-live="polite"]');
    expect((await announced.textContent())?.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('node'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [name, path] of [
    ['graph-en', ''],
    ['graph-ja', '?lang=ja'],
    ['graph-en-selected', `?node=${threat.id}`],
  ] as const) {
    it(`draws ${name}.png without errors`, async () => {
      const { page, errors } = await open(path);
      await ready(page);
      await page.screenshot({ path: `test-results/${name}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('brings the whole picture back with "fit" after a zoom (graph-en-fit.png)', async () => {
    const { page, errors } = await open('', {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
    await ready(page);
    const first = (await seeGraph(page)).nodes.length;
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(
      (await seeGraph(page)).nodes.filter((node) => node.box.x2 < 0 || node.box.y2 < 0).length,
    ).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Fit' }).click();
    const seen = await seeGraph(page);
    expect(seen.nodes.length).toBe(first);
    expect(seen.nodes.every((node) => node.box.x1 >= 0 && node.box.y1 >= 0)).toBe(true);
    await page.screenshot({ path: 'test-results/graph-en-fit.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
