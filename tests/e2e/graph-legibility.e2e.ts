import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { launchBrowserForFile } from './browser';
import { crosses, seeGraph, type SeenGraph, unreadable } from './graphProbe';

/**
 * Can a person read the graph, and see the answer to a filter at a glance? Measured as they would see it: every
 * drawn name inside the part of the canvas no panel covers, drawn at 11 px or more on a 1920 × 1080 screen and
 * 9 px or more on 1440 × 900 (11 px there too when a filter leaves 40 nodes or fewer), and no line across a name
 * before anything is selected.
 */

const { open } = launchBrowserForFile();

const WIDE = { width: 1920, height: 1080 };
const LAPTOP = { width: 1440, height: 900 };
/** A filter's answer this small is drawn at the larger size. */
const SMALL_ANSWER = 40;

async function ready(page: Page) {
  await page.waitForSelector('[data-graph-ready="true"]');
}

/** Lines drawn across the name of a node that is not one of their ends. */
function linesAcrossNames(seen: SeenGraph): string[] {
  return seen.lines.flatMap((line) =>
    seen.nodes
      .filter((node) => node.id !== line.source && node.id !== line.target)
      .filter((node) => crosses(line.from, line.to, node.label))
      .map((node) => `${line.source}→${line.target} across ${node.id}`),
  );
}

const scenarios = [
  { name: 'first-view', path: '', viewport: WIDE, minPx: 11 },
  { name: 'first-view', path: '', viewport: LAPTOP, minPx: 9 },
  {
    name: 'runtime-model-confidentiality',
    path: '?lifecycle=runtime&impact=model-confidentiality',
    viewport: LAPTOP,
    minPx: 9,
  },
  { name: 'development-time', path: '?lifecycle=development-time', viewport: LAPTOP, minPx: 9 },
  {
    name: 'input-data-confidentiality',
    path: '?impact=input-data-confidentiality',
    viewport: LAPTOP,
    minPx: 9,
  },
];

describe('the graph reads like the navigator', () => {
  mkdirSync('test-results', { recursive: true });

  for (const lang of ['en', 'ja'] as const) {
    for (const { name, path, viewport, minPx } of scenarios) {
      const size = `${viewport.width}x${viewport.height}`;
      it(`${name} at ${size} in ${lang}: every name in view and legible, no line across a name`, async () => {
        const query = lang === 'ja' ? `${path}${path ? '&' : '?'}lang=ja` : path;
        const { page, errors } = await open(query, { viewport, reducedMotion: 'reduce' });
        await ready(page);
        const seen = await seeGraph(page);
        const figure = seen.nodes.length <= SMALL_ANSWER ? 11 : minPx;
        expect(seen.nodes.length).toBeGreaterThan(0);
        expect(unreadable(seen, figure)).toEqual([]);
        expect(linesAcrossNames(seen)).toEqual([]);
        await page.screenshot({ path: `test-results/legible-${name}-${size}-${lang}.png` });
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('shows the whole map at first sight: all four sections and both Top 10 lists', async () => {
    const { page } = await open('', { viewport: LAPTOP, reducedMotion: 'reduce' });
    await ready(page);
    const seen = await seeGraph(page);
    const count = Number(await page.locator('.graph-canvas').getAttribute('data-visible-count'));
    expect(seen.nodes.length).toBe(count);
    for (const kind of ['threat', 'threat-group', 'control', 'control-group', 'ml-top10', 'llm-top10'])
      expect(
        seen.nodes.some((node) => node.kind === kind),
        kind,
      ).toBe(true);
    await page.context().close();
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`a selection at 1440x900 in ${lang}: the node and its own controls beside the details, the controls listed first`, async () => {
      const { page, errors } = await open(`?node=evasion${lang === 'ja' ? '&lang=ja' : ''}`, {
        viewport: LAPTOP,
        reducedMotion: 'reduce',
      });
      await ready(page);
      const seen = await seeGraph(page);
      const near = [
        'evasion',
        'evasioninputhandling',
        'evasionrobustmodel',
        'trainadversarial',
        'inputdistortion',
      ];
      expect(unreadable(seen, 9, (node) => near.includes(node.id))).toEqual([]);
      expect(seen.nodes.filter((node) => near.includes(node.id))).toHaveLength(near.length);
      // Its lines are drawn, the rest is dimmed.
      expect(seen.lines.filter((line) => line.target === 'evasion').length).toBeGreaterThan(3);
      expect(seen.nodes.find((node) => node.id === 'smallmodel')?.dimmed).toBe(true);
      // The answer first: the controls against it before the annotation form, within the first screen.
      const details = page.getByTestId('details');
      const heading = details.getByRole('heading', { level: 3 }).first();
      expect(await heading.textContent()).toBe(lang === 'ja' ? '対策する管理策' : 'Mitigated by');
      expect((await heading.boundingBox())!.y).toBeLessThan(LAPTOP.height / 2);
      await page.screenshot({ path: `test-results/legible-selection-1440x900-${lang}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('a filter chosen on the page closes up its answer and brings it into view', async () => {
    const { page, errors } = await open('', { viewport: LAPTOP, reducedMotion: 'reduce' });
    await ready(page);
    await page.getByRole('button', { name: 'Filters and search' }).click();
    await page.getByRole('checkbox', { name: 'Runtime', exact: true }).check();
    await page
      .getByRole('checkbox', { name: 'Confidentiality of the model (intellectual property)' })
      .check();
    await page.waitForFunction(() => location.search.includes('impact='));
    const seen = await seeGraph(page);
    expect(seen.nodes.length).toBeLessThanOrEqual(SMALL_ANSWER);
    expect(unreadable(seen, 11)).toEqual([]);
    expect(seen.nodes.map((node) => node.id)).toContain('runtimemodelleak');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a filter changed again while the last answer is still closing up ends in the picture it asks for', async () => {
    const { page, errors } = await open('?lifecycle=use', { viewport: LAPTOP });
    await ready(page);
    await page.getByRole('button', { name: 'Filters and search' }).click();
    await page.waitForTimeout(1200);
    const before = await seeGraph(page);
    const runtime = page.getByRole('checkbox', { name: 'Runtime', exact: true });
    await runtime.check();
    // Within the 350 ms its picture takes to close up.
    await page.waitForTimeout(120);
    await runtime.uncheck();
    await page.waitForTimeout(1200);
    const after = await seeGraph(page);
    const place = (seen: SeenGraph) =>
      seen.nodes.map(({ id, box }) => `${id} ${Math.round(box.x1)} ${Math.round(box.y1)}`).sort();
    expect(after.nodes.length).toBeGreaterThan(20);
    expect(place(after)).toEqual(place(before));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
