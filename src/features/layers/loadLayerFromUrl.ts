import type { GraphIndex } from '../../model/graphIndex';
import { importLayer, type LayerImport, type LayerProblem } from '../../model/layers/importLayer';
import { MAX_LAYER_BYTES } from '../../model/layers/layerVocabulary';

import { readLayerBytes } from './readLayerBytes';

/** A shared layer that does not arrive within this time is given up (the user can cancel sooner). */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Why a shared layer could not be loaded, as far as a page can tell (docs/layer-format.md, "Shared by link"):
 * - `invalid-address`, `not-http`: refused before any request.
 * - `blocked-by-policy`: the page's Content-Security-Policy refused the address or a redirect (its
 *   `securitypolicyviolation` event names it).
 * - `cors`: the server answers, but does not allow other sites to read the file (a `no-cors` request reaches it).
 * - `redirects`: the address redirects, but the redirects end nowhere a page can read: too many of them, or one
 *   to an address that is not http(s). The browser does not say which; it shows the redirect at all only when
 *   the redirect allows CORS (or is on the app's own site).
 * - `unreachable`: no answer at all (wrong host, server down, connection refused, a certificate the browser
 *   refuses: it does not say which), or redirects that end nowhere from a server whose redirects do not allow
 *   CORS (they cannot be told apart); `offline`: the browser knows it has no network.
 * - `not-found` (404, 410), `denied` (401, 403), `http-error` (any other unsuccessful status).
 * - `timeout`: no complete answer within LOAD_TIMEOUT_MS; `cancelled`: the caller's signal.
 * - the problems of the file itself (`LayerProblem`): `too-large`, `not-a-layer`, `too-many-entries`, `invalid`.
 */
export type LoadProblem =
  | 'invalid-address'
  | 'not-http'
  | 'blocked-by-policy'
  | 'cors'
  | 'redirects'
  | 'unreachable'
  | 'offline'
  | 'not-found'
  | 'denied'
  | 'http-error'
  | 'timeout'
  | 'cancelled'
  | LayerProblem;

export interface LoadLayerOptions {
  /** Checks node ids and the data version, as for a file; a large file is then read in a worker. */
  index?: GraphIndex;
  /** What a relative address is read against; default: the page's address. */
  base?: string;
  /** Larger responses are refused (and not read to the end). Default: the layer file limit. */
  maxBytes?: number;
  /** Default: LOAD_TIMEOUT_MS. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /**
   * Calls `listener` with the address of each Content-Security-Policy violation until the function returned is
   * called. Default: the document's `securitypolicyviolation` events.
   */
  watchViolations?: (listener: (blockedUri: string) => void) => () => void;
  /** Whether the browser says it is online; default: `navigator.onLine`. */
  online?: () => boolean;
}

export type LayerLoad =
  | (Extract<LayerImport, { ok: true }> & { url: string })
  | {
      ok: false;
      url: string;
      problem: LoadProblem;
      /** Technical detail, each naming the address or the field. */
      errors: string[];
      /** The HTTP status, for `not-found`, `denied` and `http-error`. */
      status?: number;
      /**
       * For `blocked-by-policy`: the address the policy reports. For a refused redirect browsers report the address
       * before the redirect (so as not to reveal where it leads): the user is told it may be either.
       */
      blocked?: string;
    };

/**
 * Fetches a layer file shared by address (`?layer=`): from the app's own origin or from a server that allows it
 * (CORS), without cookies to other origins, only over http(s), never more than `maxBytes`, within `timeoutMs`;
 * then validates it like an imported file. Never throws: every failure comes back as a `problem` (what the user
 * can act on) and messages.
 */
export async function loadLayerFromUrl(address: string, options: LoadLayerOptions = {}): Promise<LayerLoad> {
  const { index, maxBytes = MAX_LAYER_BYTES, timeoutMs = LOAD_TIMEOUT_MS } = options;
  const fetchLayer = options.fetch ?? globalThis.fetch;
  let url: URL;
  try {
    url = new URL(address, options.base ?? globalThis.location?.href);
  } catch {
    return fail(address, 'invalid-address', `${address}: not a valid address`);
  }
  const shown = url.href;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(shown, 'not-http', `${shown}: only http and https addresses can be loaded`);
  }

  // One controller for the whole load: the caller's cancel and the time limit both stop it.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel);
  const violations: string[] = [];
  const unwatch = (options.watchViolations ?? watchDocumentViolations)((blocked) => violations.push(blocked));
  const stopped = (): LayerLoad | null => {
    if (timedOut) {
      return fail(shown, 'timeout', `${shown}: no answer within ${Math.round(timeoutMs / 1000)} s`);
    }
    return controller.signal.aborted ? fail(shown, 'cancelled', `${shown}: cancelled`) : null;
  };

  try {
    let response: Response;
    try {
      response = await fetchLayer(url.href, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch (error) {
      const detail = `${shown}: ${error instanceof Error ? error.message : String(error)}`;
      const early = stopped();
      if (early) return early;
      const problem = await diagnose();
      const failure = stopped() ?? fail(shown, problem, detail);
      if (failure.ok || failure.problem !== 'blocked-by-policy') return failure;
      return { ...failure, blocked: violations[0] || shown };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const status = response.status;
      const problem =
        status === 404 || status === 410
          ? 'not-found'
          : status === 401 || status === 403
            ? 'denied'
            : 'http-error';
      return { ...fail(shown, problem, `${shown}: HTTP ${status}`), status };
    }
    const declared = Number(response.headers?.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      return fail(shown, 'too-large', tooLarge(maxBytes));
    }
    let body: Uint8Array | null;
    try {
      body = await readLimited(response, maxBytes);
    } catch (error) {
      return (
        stopped() ??
        fail(shown, 'unreachable', `${shown}: ${error instanceof Error ? error.message : String(error)}`)
      );
    }
    if (body === null) return fail(shown, 'too-large', tooLarge(maxBytes));
    const read = index ? await readLayerBytes(body, index) : importLayer(new TextDecoder().decode(body));
    const late = stopped();
    if (late) return late;
    return read.ok
      ? { ...read, url: shown }
      : { ok: false, url: shown, problem: read.problem, errors: read.errors };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
    unwatch();
  }

  /**
   * fetch() says only "Failed to fetch" (a TypeError) for every failure; this finds out what it can. A
   * policy violation is reported as an event (which may come a moment after the error); a `no-cors` request
   * reaches servers that do not allow reading (its answer is opaque, but it is an answer); a request that does
   * not follow redirects sees whether there is one.
   */
  async function diagnose(): Promise<LoadProblem> {
    await pause(50);
    if (violations.length > 0) return 'blocked-by-policy';
    if ((options.online ?? (() => globalThis.navigator?.onLine ?? true))() === false) return 'offline';
    const probe = (init: RequestInit) =>
      fetchLayer(url.href, { credentials: 'omit', signal: controller.signal, ...init }).then(
        (answer) => answer,
        () => null,
      );
    // A no-cors request follows redirects and gets an opaque answer from any server that answers at all.
    const followed = await probe({ mode: 'no-cors', redirect: 'follow' });
    if (violations.length > 0) return 'blocked-by-policy';
    if (followed) return 'cors';
    // No answer at the end of the redirects, if any. Whether the first answer is a redirect shows only to a
    // request that does not follow it, and (no-cors requests must follow) only when that answer allows CORS.
    const first = await probe({ mode: 'cors', redirect: 'manual' });
    if (first && (first.type === 'opaqueredirect' || (first.status >= 300 && first.status < 400))) {
      return 'redirects';
    }
    return 'unreachable';
  }
}

type LayerLoadFailure = Extract<LayerLoad, { ok: false }>;

function fail(url: string, problem: LoadProblem, error: string): LayerLoadFailure {
  return { ok: false, url, problem, errors: [error] };
}

function watchDocumentViolations(listener: (blockedUri: string) => void): () => void {
  const target = globalThis.document;
  if (!target) return () => {};
  const handler = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'connect-src' || event.violatedDirective.startsWith('connect-src')) {
      listener(event.blockedURI);
    }
  };
  target.addEventListener('securitypolicyviolation', handler);
  return () => target.removeEventListener('securitypolicyviolation', handler);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The body's bytes, or null as soon as they exceed `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? null : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): string {
  return `(root): the file is larger than ${maxBytes} bytes`;
}
