// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { LayerManager } from '../../src/features/layers/LayerManager';
import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, setControlAnnotation, setThreatAnnotation } from '../../src/model/layers/editLayer';
import { STORE_KEY } from '../../src/model/layers/layerStore';
import type { Layer } from '../../src/model/layers/schema';
import type { Language } from '../../src/model/vocabulary';
import { createLayerStore, type LayerStoreApi, selectActiveLayer } from '../../src/state/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { captureDownloads, type Download, readText } from './downloads';
import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);
const COMMIT = sampleDataset.upstream[0]!.commit;
const NOW = '2026-09-01T12:00:00.000Z';
const TODAY = new Date(2026, 8, 1, 12);

/** Files the page hands to the browser to download. */
let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

function renderManager(store: LayerStoreApi, lang: Language = 'en', onApplyScope?: () => void) {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={testI18n(lang)}>
      <LayerStoreProvider store={store}>
        <LayerManager index={index} scope={{ genai: 'y' }} onApplyScope={onApplyScope} now={() => TODAY} />
      </LayerStoreProvider>
    </I18nextProvider>,
  );
  return { user };
}

function existingStore(): LayerStoreApi {
  const store = createLayerStore({ now: () => NOW });
  const layer = setControlAnnotation(
    createLayer('Existing', COMMIT, NOW),
    'monitoruse',
    { status: 'partial' },
    NOW,
  );
  store.getState().addLayer(layer);
  return store;
}

const layerFile = (layer: unknown, name = 'layer.json') =>
  new File([typeof layer === 'string' ? layer : JSON.stringify(layer)], name, { type: 'application/json' });
const picker = () => screen.getByLabelText('Import a layer file (.json)');

describe('layer manager', () => {
  it('creates layers that record the scope, switches the active one, renames and deletes after confirmation', async () => {
    const store = createLayerStore({ now: () => NOW });
    const { user } = renderManager(store);
    expect(screen.getByText(/No layer yet/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Create layer' }));
    expect(screen.getByText('Give the layer a name.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Name of a new layer' }), 'Chatbot{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Name of a new layer' }), 'Fraud model');
    await user.click(screen.getByRole('button', { name: 'Create layer' }));
    expect(
      screen.getAllByRole('status').some((status) => status.textContent === 'Created “Fraud model”.'),
    ).toBe(true);
    expect(selectActiveLayer(store.getState())).toMatchObject({ name: 'Fraud model', scope: { genai: 'y' } });

    const group = screen.getByRole('group', { name: 'Active layer' });
    await user.click(within(group).getByRole('radio', { name: 'Chatbot' }));
    expect(selectActiveLayer(store.getState())?.name).toBe('Chatbot');

    await user.click(screen.getByRole('button', { name: 'Rename “Chatbot”' }));
    const rename = screen.getByRole('textbox', { name: 'New name for “Chatbot”' });
    await user.clear(rename);
    await user.type(rename, 'Support bot{Enter}');
    expect(within(group).getByRole('radio', { name: 'Support bot' })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('button', { name: 'Delete “Support bot”' }));
    const confirm = screen.getByRole('group', { name: /^Delete “Support bot”\?/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(store.getState().layers).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Delete “Support bot”' }));
    await user.click(
      within(screen.getByRole('group', { name: /^Delete/ })).getByRole('button', { name: 'Delete' }),
    );
    expect(store.getState().layers.map((entry) => entry.layer.name)).toEqual(['Fraud model']);
    expect(store.getState().activeId).toBeNull();
    // The row is gone: focus stays in the manager.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Annotation layers' }));
    expect(within(group).getByRole('radio', { name: 'None (no annotations shown)' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('offers a layer’s recorded scope answers', async () => {
    const onApplyScope = vi.fn();
    const store = createLayerStore({ now: () => NOW });
    store.getState().addLayer(createLayer('Scoped', COMMIT, NOW, { train: 'n' }));
    const { user } = renderManager(store, 'en', onApplyScope);
    await user.click(screen.getByRole('button', { name: 'Use the scope answers recorded in “Scoped”' }));
    expect(onApplyScope).toHaveBeenCalledWith({ train: 'n' });
  });

  it('exports a layer as a dated JSON file that imports again to the same layer', async () => {
    const store = existingStore();
    const { user } = renderManager(store);
    await user.click(screen.getByRole('button', { name: 'Export “Existing” as a file' }));
    expect(downloads.map((download) => download.name)).toEqual([
      'ai-security-layer-existing-2026-09-01.json',
    ]);
    const text = await readText(downloads[0]!.blob);
    const exported = JSON.parse(text) as Layer;
    expect(exported).toEqual(selectActiveLayer(store.getState()));

    await user.upload(picker(), layerFile(text, 'ai-security-layer-existing-2026-09-01.json'));
    await user.click(await screen.findByRole('button', { name: 'Add as a new layer' }));
    const [first, second] = store.getState().layers;
    expect(second!.layer).toEqual(first!.layer);
    expect(store.getState().activeId).toBe(second!.id);
  });
});

describe('importing a layer file', () => {
  it('refuses a bad file with messages naming the field, and loses nothing', async () => {
    const store = existingStore();
    const saved = localStorage.getItem(STORE_KEY);
    const { user } = renderManager(store);
    const bad = { ...createLayer('Bad', COMMIT, NOW), controls: { monitoruse: { status: 'done!' } } };
    await user.upload(picker(), layerFile(bad, 'bad.json'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“bad.json” is not a layer this app can read:');
    expect(within(alert).getByText(/^controls\.monitoruse\.status: invalid value "done!"/)).toBeTruthy();
    expect(store.getState().layers.map((entry) => entry.layer.name)).toEqual(['Existing']);
    expect(localStorage.getItem(STORE_KEY)).toBe(saved);

    await user.upload(picker(), layerFile('{"format": "something-else"}', 'other.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /format: expected "ai-security-navigator-layer"/,
    );
    await user.upload(picker(), layerFile('{ not json', 'broken.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/\(root\): not valid JSON/);
    expect(localStorage.getItem(STORE_KEY)).toBe(saved);
  });

  it('shows what a valid file holds and changes nothing until the user chooses', async () => {
    const store = existingStore();
    const saved = localStorage.getItem(STORE_KEY);
    const { user } = renderManager(store);
    const incoming = setThreatAnnotation(
      setControlAnnotation(
        createLayer('Baseline', COMMIT, NOW),
        'devsecurity',
        { status: 'implemented' },
        NOW,
      ),
      'nosuchthreat',
      { likelihood: 2 },
      NOW,
    );
    await user.upload(picker(), layerFile(incoming, 'baseline.json'));
    const review = await screen.findByRole('region', { name: 'Import “Baseline”' });
    expect(review.textContent).toContain('From baseline.json');
    expect(review.textContent).toContain('Annotated controls: 1; annotated threats: 1.');
    expect(
      within(review).getByText(/^threats\.nosuchthreat: no node “nosuchthreat” in the data set; kept\.$/),
    ).toBeTruthy();
    expect(localStorage.getItem(STORE_KEY)).toBe(saved);

    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().layers).toHaveLength(1);
    expect(localStorage.getItem(STORE_KEY)).toBe(saved);

    await user.upload(picker(), layerFile(incoming, 'baseline.json'));
    await user.click(await screen.findByRole('button', { name: 'Replace “Existing”' }));
    expect(store.getState().layers).toHaveLength(1);
    expect(selectActiveLayer(store.getState())).toEqual(incoming);
    expect(
      screen.getAllByRole('status').some((status) => status.textContent === 'Replaced “Existing”.'),
    ).toBe(true);
  });

  it('reads an older format version and says so', async () => {
    const store = createLayerStore({ now: () => NOW });
    const { user } = renderManager(store, 'ja');
    const old = {
      ...createLayer('Old', COMMIT, NOW),
      version: 0,
      controls: { monitoruse: { status: 'done' } },
    };
    await user.upload(screen.getByLabelText('レイヤーファイルを読み込む（.json）'), layerFile(old));
    expect(await screen.findByText(/旧形式（バージョン0）/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '新しいレイヤーとして追加' }));
    expect(selectActiveLayer(store.getState())?.controls.monitoruse).toEqual({ status: 'implemented' });
  });
});

describe('notes on the saved layers', () => {
  it('say in the page’s language that a layer was upgraded and that the active one is gone', async () => {
    const old = {
      ...createLayer('Chatbot', COMMIT, NOW),
      version: 0,
      controls: { monitoruse: { status: 'done' } },
    };
    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({ version: 1, activeId: 'zz', layers: [{ id: 'a', layer: old }] }),
    );
    const { user } = renderManager(createLayerStore({ now: () => NOW }), 'ja');
    await user.click(screen.getByText('保存されたレイヤーについての注意'));
    const notes = screen.getByText('保存されたレイヤーについての注意').closest('details')!;
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '「Chatbot」を旧形式（バージョン0）から変換しました。',
      'アクティブだったレイヤー「zz」は保存されていないため、アクティブなレイヤーはありません。',
    ]);
  });
});
