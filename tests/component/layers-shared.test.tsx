// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { loadLayerFromUrl } from '../../src/features/layers/loadLayerFromUrl';
import { SharedLayerPrompt } from '../../src/features/layers/SharedLayerPrompt';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, serializeLayer, setControlAnnotation } from '../../src/model/layers/editLayer';
import { createLayerStore, selectActiveLayer } from '../../src/state/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);
const COMMIT = sampleDataset.upstream[0]!.commit;
const NOW = '2026-09-01T12:00:00.000Z';
const BASELINE = setControlAnnotation(
  createLayer('Team baseline', COMMIT, NOW),
  'monitoruse',
  { status: 'implemented' },
  NOW,
);

/** A fetch answering every request with `body` (a string, or a stream of chunks). */
function answer(body: string | Uint8Array[], init: ResponseInit & { headers?: Record<string, string> } = {}) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const content =
      typeof body === 'string'
        ? body
        : new ReadableStream<Uint8Array>({
            start(controller) {
              for (const chunk of body) controller.enqueue(chunk);
              controller.close();
            },
          });
    return new Response(content, { status: 200, ...init });
  });
}

afterEach(() => localStorage.clear());

describe('loadLayerFromUrl', () => {
  it('reads a layer from a relative address of the app, without cookies to other origins', async () => {
    const fetch = answer(serializeLayer(BASELINE));
    const result = await loadLayerFromUrl('layers/baseline.json', {
      index,
      base: 'https://navigator.example/app/?layer=x',
      fetch,
    });
    expect(result).toMatchObject({ ok: true, url: 'https://navigator.example/app/layers/baseline.json' });
    expect(result.ok && result.layer).toEqual(BASELINE);
    expect(fetch.mock.calls[0]![1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('refuses other schemes, failed requests, oversized files and invalid layers, with reasons', async () => {
    const base = 'https://navigator.example/';
    const fetch = answer(serializeLayer(BASELINE));
    expect(await loadLayerFromUrl('javascript:alert(1)', { base, fetch })).toMatchObject({
      ok: false,
      errors: ['javascript:alert(1): only http and https addresses can be loaded'],
    });
    expect(fetch).not.toHaveBeenCalled();

    expect(await loadLayerFromUrl('/x.json', { base, fetch: answer('', { status: 404 }) })).toMatchObject({
      ok: false,
      problem: 'not-found',
      status: 404,
      errors: ['https://navigator.example/x.json: HTTP 404'],
    });
    const unreachable = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadLayerFromUrl('/x.json', { base, fetch: unreachable })).toMatchObject({
      ok: false,
      problem: 'unreachable',
      errors: ['https://navigator.example/x.json: Failed to fetch'],
    });

    const declared = answer('{}', { headers: { 'content-length': '999999' } });
    expect(await loadLayerFromUrl('/x.json', { base, fetch: declared, maxBytes: 100 })).toMatchObject({
      ok: false,
      errors: ['(root): the file is larger than 100 bytes'],
    });
    const streamed = answer([new Uint8Array(60), new Uint8Array(60)]);
    expect(await loadLayerFromUrl('/x.json', { base, fetch: streamed, maxBytes: 100 })).toMatchObject({
      ok: false,
      errors: ['(root): the file is larger than 100 bytes'],
    });

    const invalid = answer(JSON.stringify({ ...BASELINE, threats: { evasion: { likelihood: 9 } } }));
    const result = await loadLayerFromUrl('/x.json', { base, fetch: invalid });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^threats\.evasion\.likelihood: /);
  });
});

describe('SharedLayerPrompt', () => {
  function renderPrompt(fetch: typeof globalThis.fetch) {
    const user = userEvent.setup();
    const store = createLayerStore({ now: () => NOW });
    const onDone = vi.fn();
    render(
      <I18nextProvider i18n={testI18n('en')}>
        <LayerStoreProvider store={store}>
          <SharedLayerPrompt
            url="https://team.example/baseline.json"
            index={index}
            onDone={onDone}
            fetch={fetch}
          />
        </LayerStoreProvider>
      </I18nextProvider>,
    );
    return { user, store, onDone };
  }

  it('asks before adding the shared layer', async () => {
    const { user, store, onDone } = renderPrompt(answer(serializeLayer(BASELINE)));
    const prompt = screen.getByRole('region', { name: 'A layer was shared with this link' });
    expect(within(prompt).getByRole('status').textContent).toBe(
      'Loading the layer from https://team.example/baseline.json…',
    );
    const review = await screen.findByRole('region', { name: 'Import “Team baseline”' });
    expect(review.textContent).toContain('From https://team.example/baseline.json');
    expect(store.getState().layers).toHaveLength(0);
    await user.click(within(review).getByRole('button', { name: 'Add as a new layer' }));
    expect(selectActiveLayer(store.getState())).toEqual(BASELINE);
    expect(onDone).toHaveBeenCalledWith('Added “Team baseline”.');
  });

  it('declining adds nothing', async () => {
    const { user, store, onDone } = renderPrompt(answer(serializeLayer(BASELINE)));
    const review = await screen.findByRole('region', { name: 'Import “Team baseline”' });
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().layers).toHaveLength(0);
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('says why a shared layer cannot be used', async () => {
    const { user, store, onDone } = renderPrompt(
      answer('{"format": "ai-security-navigator-layer", "version": 7}'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The layer at https://team.example/baseline.json could not be loaded.',
    );
    expect(alert.textContent).toContain('The file is a layer file, but it has errors:');
    expect(alert.textContent).toContain('version: 7 is newer than this app reads');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(onDone).toHaveBeenCalledWith(null);
    expect(store.getState().layers).toHaveLength(0);
  });
});
