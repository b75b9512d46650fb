import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { createLayer } from '../../src/model/layers/editLayer';
import { parseStore, serializeStore, STORE_KEY } from '../../src/model/layers/layerStore';

import { appUrl } from './browser';
import { launchProbedBrowser } from './hostile-browser';

/**
 * Two tabs of the app in one browser share the saved layers: what one tab saves is merged with what the other
 * saved, the other tab follows (the `storage` event) and says so. (Every interleaving is covered by the property
 * test in tests/unit/layers-tabs-property.test.ts; this is the real browser's side.)
 */

const { open } = launchProbedBrowser();
const BASELINE = createLayer('Baseline', '0'.repeat(40), '2026-01-01T00:00:00.000Z');

async function createIn(page: Page, name: string) {
  await page.getByLabel('Name of a new layer').fill(name);
  await page.getByRole('button', { name: 'Create layer' }).click();
  await page.getByText(`Created “${name}”.`).waitFor();
}

const listed = (page: Page) =>
  page.locator('[data-testid="layer-manager"] .layer-row[data-layer-id] label').allTextContents();

const savedNames = async (page: Page) => {
  const parsed = parseStore(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY));
  return parsed.ok ? parsed.state.layers.map((entry) => entry.layer.name) : ['(unreadable)'];
};

describe('two tabs', () => {
  it('a layer created in each tab: both are saved, and each tab shows the other’s and says so', async () => {
    const seeded = serializeStore({
      version: 1,
      activeId: null,
      layers: [{ id: 'layer-1', layer: BASELINE }],
    });
    const { page: a, errors } = await open('layers', {
      before: (page) =>
        page.addInitScript(
          ([key, value]) => {
            if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
          },
          [STORE_KEY, seeded],
        ),
    });
    await a.getByTestId('layer-manager').waitFor();
    const b = await a.context().newPage();
    b.on('pageerror', (error) => errors.push(error.message));
    await b.goto(appUrl('layers'));
    await b.getByTestId('layer-manager').waitFor();
    expect(await listed(b)).toEqual(['Baseline']);

    await createIn(a, 'From tab A');
    // Tab B follows without a reload, and says what changed.
    await expect.poll(() => listed(b)).toEqual(['Baseline', 'From tab A']);
    const note = b.getByTestId('layer-sync');
    await note.waitFor();
    expect(await note.textContent()).toContain('Added there: “From tab A”');

    await createIn(b, 'From tab B');
    await expect.poll(() => listed(a)).toEqual(['Baseline', 'From tab A', 'From tab B']);
    expect(await savedNames(a)).toEqual(['Baseline', 'From tab A', 'From tab B']);
    expect(await listed(b)).toEqual(['Baseline', 'From tab A', 'From tab B']);

    // A reload of either tab shows the same.
    await b.reload();
    await b.getByTestId('layer-manager').waitFor();
    expect(await listed(b)).toEqual(['Baseline', 'From tab A', 'From tab B']);
    expect(errors).toEqual([]);
    await a.context().close();
  });
});
