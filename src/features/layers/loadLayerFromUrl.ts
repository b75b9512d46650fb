import type { GraphIndex } from '../../model/graphIndex';
import { importLayer, type LayerImport } from '../../model/layers/importLayer';
import { MAX_LAYER_BYTES } from '../../model/layers/layerVocabulary';

export interface LoadLayerOptions {
  /** Checks node ids and the data version, as for a file. */
  index?: GraphIndex;
  /** What a relative address is read against; default: the page's address. */
  base?: string;
  /** Larger responses are refused (and not read to the end). Default: the layer file limit. */
  maxBytes?: number;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

export type LayerLoad = LayerImport & { url: string };

/**
 * Fetches a layer file shared by address (`?layer=`): from the app's own origin or from a server that allows it
 * (CORS), without cookies to other origins, only over http(s), never more than `maxBytes`; then validates it like
 * an imported file. Never throws: every failure comes back as messages.
 */
export async function loadLayerFromUrl(address: string, options: LoadLayerOptions = {}): Promise<LayerLoad> {
  const { index, maxBytes = MAX_LAYER_BYTES, signal } = options;
  const fetchLayer = options.fetch ?? globalThis.fetch;
  let url: URL;
  try {
    url = new URL(address, options.base ?? globalThis.location?.href);
  } catch {
    return { ok: false, url: address, errors: [`${address}: not a valid address`] };
  }
  const shown = url.href;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, url: shown, errors: [`${shown}: only http and https addresses can be loaded`] };
  }

  let text: string;
  try {
    const response = await fetchLayer(url.href, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      redirect: 'follow',
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) return { ok: false, url: shown, errors: [`${shown}: HTTP ${response.status}`] };
    const declared = Number(response.headers?.get('content-length') ?? NaN);
    if (declared > maxBytes) return { ok: false, url: shown, errors: [tooLarge(maxBytes)] };
    const body = await readLimited(response, maxBytes);
    if (body === null) return { ok: false, url: shown, errors: [tooLarge(maxBytes)] };
    text = body;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, url: shown, errors: [`${shown}: ${detail}`] };
  }
  return { ...importLayer(text, index ? { index } : {}), url: shown };
}

/** The body as text, or null as soon as it exceeds `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
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
  return new TextDecoder().decode(bytes);
}

function tooLarge(maxBytes: number): string {
  return `(root): the file is larger than ${maxBytes} bytes`;
}
