// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { LayerManager } from '../../src/features/layers/LayerManager';
import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer } from '../../src/model/layers/editLayer';
import { parseStore, STORE_KEY } from '../../src/model/layers/layerStore';
import type { Language } from '../../src/model/vocabulary';
import { createLayerStore } from '../../src/state/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { captureDownloads, readText } from './downloads';
import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);
const COMMIT = sampleDataset.upstream[0]!.commit;
const NOW = '2026-09-01T12:00:00.000Z';

/** The app as it starts: the store reads whatever localStorage holds. */
function start(lang: Language = 'en') {
  const user = userEvent.setup();
  const store = createLayerStore({ now: () => NOW });
  render(
    <I18nextProvider i18n={testI18n(lang)}>
      <LayerStoreProvider store={store}>
        <LayerManager index={index} now={() => new Date(2026, 8, 1)} />
      </LayerStoreProvider>
    </I18nextProvider>,
  );
  return { user, store };
}

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('saved layers that cannot be read', () => {
  it('are reported, offered as a download exactly as saved, and never written over by edits', async () => {
    const raw = '{"version": 1, "activeId": "a", "layers": [{"id": "a", "layer": {"format": "ai-secu';
    localStorage.setItem(STORE_KEY, raw);
    const downloads = captureDownloads();
    const { user } = start();

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Your saved annotation layers could not be read')).toBeTruthy();
    expect(within(alert).getByText(/^\(root\): not valid JSON/, { selector: 'code' })).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Export the saved content' }));
    expect(downloads.map((download) => download.name)).toEqual(['ai-security-layers-backup-2026-09-01.json']);
    expect(await readText(downloads[0]!.blob)).toBe(raw);

    // The app keeps working: a new layer lives in memory, the saved text stays as it was.
    await user.type(screen.getByRole('textbox', { name: 'Name of a new layer' }), 'Fresh start{Enter}');
    expect(screen.getByRole('radio', { name: 'Fresh start' })).toHaveProperty('checked', true);
    expect(localStorage.getItem(STORE_KEY)).toBe(raw);
  });

  it('keep the readable layers, and are replaced only after a confirmation', async () => {
    const good = createLayer('Readable', COMMIT, NOW);
    const raw = JSON.stringify({
      version: 1,
      activeId: null,
      layers: [
        { id: 'a', layer: good },
        { id: 'b', layer: { ...good, name: '' } },
      ],
    });
    localStorage.setItem(STORE_KEY, raw);
    const { user } = start();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/^layers\[1\]\.layer\.name:/)).toBeTruthy();
    expect(within(alert).getByText('1 layer could be read and is shown below.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Readable' })).toBeTruthy();

    await user.click(within(alert).getByRole('button', { name: 'Continue with the readable layers' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(STORE_KEY)).toBe(raw);

    await user.click(within(alert).getByRole('button', { name: 'Continue with the readable layers' }));
    await user.click(screen.getByRole('button', { name: 'Replace the saved content' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const reread = parseStore(localStorage.getItem(STORE_KEY));
    expect(reread.ok && reread.state.layers.map((entry) => entry.layer.name)).toEqual(['Readable']);
  });

  it('are reported in Japanese', () => {
    localStorage.setItem(STORE_KEY, 'not json');
    start('ja');
    expect(
      within(screen.getByRole('alert')).getByText('保存された注釈レイヤーを読み込めませんでした'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存内容を書き出す' })).toBeTruthy();
  });
});
