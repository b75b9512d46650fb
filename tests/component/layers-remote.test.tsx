// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { loadLayerFromUrl, type LoadLayerOptions } from '../../src/features/layers/loadLayerFromUrl';
import { SharedLayerPrompt } from '../../src/features/layers/SharedLayerPrompt';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, serializeLayer } from '../../src/model/layers/editLayer';
import { createLayerStore } from '../../src/state/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { testI18n } from './testI18n';

/**
 * A shared layer's address can fail in many ways, and fetch() reports nearly all of them as the same TypeError.
 * Each failure gets a cause the user can act on: the page's policy, the server's CORS, redirects, no answer, not
 * found, not a layer file, too slow (15 s, or the user's Cancel). The real browser's side of it is in
 * tests/e2e/remote-layers.e2e.ts.
 */

const index = buildIndex(sampleDataset);
const LAYER = createLayer('Team baseline', sampleDataset.upstream[0]!.commit, '2026-09-01T12:00:00.000Z');
const URL_ = 'https://team.example/baseline.json';

type Answer = (init: RequestInit) => Promise<Response>;

/** A fetch whose answer depends on the request: the load itself (cors mode), or the probes (no-cors). */
function fetchBy(load: Answer, probes: { follow?: Answer; manual?: Answer } = {}) {
  return vi.fn(async (_url: string | URL | Request, init: RequestInit = {}) => {
    if (init.redirect !== 'manual' && init.mode !== 'no-cors') return load(init);
    const probe = init.redirect === 'manual' ? probes.manual : probes.follow;
    if (!probe) throw new TypeError('Failed to fetch');
    return probe(init);
  });
}
const failed: Answer = async () => {
  throw new TypeError('Failed to fetch');
};
/** Never answers; rejects when aborted, as fetch does. */
const never: Answer = (init) =>
  new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
/** What the browser gives a no-cors request: an answer whose content it hides. */
const opaque =
  (type: ResponseType): Answer =>
  async () => {
    const response = new Response(null, { status: 200 });
    Object.defineProperty(response, 'type', { value: type });
    return response;
  };

const load = (options: LoadLayerOptions) =>
  loadLayerFromUrl(URL_, { watchViolations: () => () => {}, online: () => true, ...options });

describe('loadLayerFromUrl: what went wrong', () => {
  it('a server that does not allow other sites to read: cors', async () => {
    const fetch = fetchBy(failed, { follow: opaque('opaque') });
    expect(await load({ fetch })).toMatchObject({ ok: false, problem: 'cors' });
    // The probe sends no cookies and reads nothing.
    expect(fetch.mock.calls[1]![1]).toMatchObject({ mode: 'no-cors', credentials: 'omit' });
  });

  it('redirects that end nowhere readable (a loop, or to javascript:): redirects', async () => {
    const fetch = fetchBy(failed, { manual: opaque('opaqueredirect') });
    expect(await load({ fetch })).toMatchObject({ ok: false, problem: 'redirects' });
  });

  it('no answer at all: unreachable; and offline when the browser knows it is', async () => {
    expect(await load({ fetch: fetchBy(failed) })).toMatchObject({ ok: false, problem: 'unreachable' });
    expect(await load({ fetch: fetchBy(failed), online: () => false })).toMatchObject({
      ok: false,
      problem: 'offline',
    });
  });

  it('an address the page’s security policy refuses: blocked-by-policy', async () => {
    const fetch = fetchBy(failed, { follow: opaque('opaque') });
    const watchViolations = (listener: (uri: string) => void) => {
      queueMicrotask(() => listener(URL_));
      return () => {};
    };
    expect(await load({ fetch, watchViolations })).toMatchObject({ ok: false, problem: 'blocked-by-policy' });
  });

  it.each([
    [404, 'not-found'],
    [410, 'not-found'],
    [401, 'denied'],
    [403, 'denied'],
    [500, 'http-error'],
  ])('HTTP %i: %s, with the status', async (status, problem) => {
    const fetch = fetchBy(async () => new Response('nope', { status }));
    expect(await load({ fetch })).toMatchObject({ ok: false, problem, status });
  });

  it('a web page or another JSON file: not-a-layer', async () => {
    const html = fetchBy(async () => new Response('<!doctype html><title>Login</title>'));
    expect(await load({ fetch: html })).toMatchObject({ ok: false, problem: 'not-a-layer' });
    const other = fetchBy(async () => new Response('{"type": "FeatureCollection"}'));
    expect(await load({ fetch: other })).toMatchObject({ ok: false, problem: 'not-a-layer' });
  });

  it('no complete answer in time: timeout; the caller’s signal: cancelled', async () => {
    const started = Date.now();
    expect(await load({ fetch: fetchBy(never), timeoutMs: 50 })).toMatchObject({
      ok: false,
      problem: 'timeout',
      errors: [`${URL_}: no answer within 0 s`],
    });
    expect(Date.now() - started).toBeLessThan(2000);

    const controller = new AbortController();
    const pending = load({ fetch: fetchBy(never), signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, problem: 'cancelled' });
  });

  it('a body that stops coming: timeout too', async () => {
    const stalled: Answer = async (init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"format":'));
            init.signal?.addEventListener('abort', () =>
              controller.error(new DOMException('aborted', 'AbortError')),
            );
          },
        }),
      );
    expect(await load({ fetch: fetchBy(stalled), timeoutMs: 50 })).toMatchObject({
      ok: false,
      problem: 'timeout',
    });
  });
});

describe('SharedLayerPrompt: waiting and failing', () => {
  function renderPrompt(fetch: typeof globalThis.fetch, timeoutMs?: number) {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const { unmount } = render(
      <I18nextProvider i18n={testI18n('en')}>
        <LayerStoreProvider store={createLayerStore({ storage: null })}>
          <SharedLayerPrompt url={URL_} index={index} onDone={onDone} fetch={fetch} timeoutMs={timeoutMs} />
        </LayerStoreProvider>
      </I18nextProvider>,
    );
    return { user, onDone, unmount };
  }

  it('can be cancelled while loading, which stops the request', async () => {
    let signal: AbortSignal | undefined;
    const fetch = fetchBy((init) => {
      signal = init.signal ?? undefined;
      return never(init);
    });
    const { user, onDone, unmount } = renderPrompt(fetch);
    const prompt = screen.getByRole('region', { name: 'A layer was shared with this link' });
    expect(within(prompt).getByRole('status').textContent).toBe(`Loading the layer from ${URL_}…`);
    await user.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledWith(null);
    // The caller then drops `layer=` from the address, which takes the prompt away.
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('gives up after the time limit, says so, and tries again on request', async () => {
    let calls = 0;
    const fetch = fetchBy((init) =>
      ++calls === 1 ? never(init) : Promise.resolve(new Response(serializeLayer(LAYER))),
    );
    const { user } = renderPrompt(fetch, 100);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-problem')).toBe('timeout');
    expect(alert.textContent).toContain('The server did not send the file within 0 seconds.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('region', { name: 'Import “Team baseline”' });
  });

  it('names the cause in words to act on, with the details below', async () => {
    const { user, onDone } = renderPrompt(fetchBy(failed, { follow: opaque('opaque') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The server at https://team.example does not allow other sites to read this file.',
    );
    expect(within(alert).getByText(`${URL_}: Failed to fetch`)).toBeTruthy();
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('says when there is no file at the address', async () => {
    renderPrompt(fetchBy(async () => new Response('', { status: 404 })));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('There is no file at this address (HTTP 404).');
  });
});
