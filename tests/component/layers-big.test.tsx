// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { LayerManager } from '../../src/features/layers/LayerManager';
import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer } from '../../src/model/layers/editLayer';
import { importLayer } from '../../src/model/layers/importLayer';
import { MAX_LAYER_ENTRIES } from '../../src/model/layers/layerVocabulary';
import { createLayerStore } from '../../src/state/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { testI18n } from './testI18n';

/**
 * A layer with more entries than any data set has nodes is refused, summarised, before any entry is checked; a
 * large layer that may be used shows its notes counted, with the first few, never thousands of list items. (The
 * browser's side, a 100,000-entry file by link within the page's time budget, is in tests/e2e/big-layer.e2e.ts.)
 */

const index = buildIndex(sampleDataset);
const COMMIT = sampleDataset.upstream[0]!.commit;
const NOW = '2026-09-01T12:00:00.000Z';

/** A layer whose controls are x0…x(n-1), none of them in the data set, plus a known one. */
function hugeLayer(n: number, status = 'implemented') {
  const controls: Record<string, { status: string }> = { monitoruse: { status: 'implemented' } };
  for (let i = 0; i < n; i++) controls[`x${i}`] = { status };
  return JSON.stringify({ ...createLayer('Huge', COMMIT, NOW), controls });
}

describe('a layer with too many entries', () => {
  it('is refused with counts and the first ids, before any entry is checked', { timeout: 30_000 }, () => {
    const text = hugeLayer(100_000);
    expect(text.length).toBeGreaterThan(2_500_000);
    // (How long it takes on the page is measured in the browser: tests/e2e/big-layer.e2e.ts.)
    const result = importLayer(text, { index });
    expect(result).toEqual({
      ok: false,
      problem: 'too-many-entries',
      errors: [
        'controls: 100,001 entries, more than the 2,000 a layer may have; 100,000 of them are not ids of the data set (first: monitoruse, x0, x1…)',
      ],
    });
  });

  it(
    'is refused the same way when its entries are invalid too (none is checked)',
    { timeout: 30_000 },
    () => {
      const result = importLayer(hugeLayer(100_000, 'bogus'), { index });
      expect(result).toMatchObject({ ok: false, problem: 'too-many-entries' });
      expect(!result.ok && result.errors).toHaveLength(1);
    },
  );

  it('at the limit is read, with its notes counted', () => {
    const result = importLayer(hugeLayer(MAX_LAYER_ENTRIES - 1), { index });
    expect(result.ok && result.warnings).toHaveLength(MAX_LAYER_ENTRIES - 1);
  });
});

describe('importing a large file in the layer manager', () => {
  function renderManager() {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={testI18n('en')}>
        <LayerStoreProvider store={createLayerStore({ storage: null })}>
          <LayerManager index={index} />
        </LayerStoreProvider>
      </I18nextProvider>,
    );
    return { user, picker: () => screen.getByLabelText('Import a layer file (.json)') };
  }
  const file = (text: string) => new File([text], 'huge.json', { type: 'application/json' });

  it('refuses 100,000 entries with one line, not 100,000', { timeout: 30_000 }, async () => {
    const { user, picker } = renderManager();
    await user.upload(picker(), file(hugeLayer(100_000)));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
    expect(alert.textContent).toContain('controls: 100,001 entries, more than the 2,000 a layer may have');
  });

  it('reviews 1,999 unknown ids as a count and the first ten', { timeout: 30_000 }, async () => {
    const { user, picker } = renderManager();
    await user.upload(picker(), file(hugeLayer(MAX_LAYER_ENTRIES - 1)));
    const review = await screen.findByTestId('import-review', {}, { timeout: 5000 });
    expect(review.textContent).toContain('Notes (1999):');
    const items = within(review).getAllByRole('listitem');
    expect(items).toHaveLength(11);
    expect(items[10]!.textContent).toBe('… and 1989 more');
  });
});
