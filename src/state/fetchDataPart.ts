import { MAX_DATA_FILE_BYTES, readDataFile, sizeProblem } from '../model/dataFile';
import { keepLayout } from '../model/layout/fixedLayout';
import type { GraphLayout } from '../model/layout/types';
import type { Parsed } from '../model/parseDataset';
import type { CoreDataset } from '../model/schema';

import {
  type DataPart,
  type DataPartRequest,
  parseDataPart,
  type PartMessage,
  type PartValue,
} from './parseDataPart';

/**
 * Files larger than this are parsed and validated in a worker. Below it the work takes a few milliseconds on the
 * page, less than starting a worker would; above it (catalogues of thousands of nodes) it would block the page
 * for hundreds of milliseconds.
 */
const OFF_THREAD_BYTES = 512 * 1024;

/**
 * Fetches one part of the data set and validates it; never throws. A file whose SHA-256 is `digest` (hex) is,
 * byte for byte, the one the build validated against the same schema (scripts/vite-data-plugin.ts): it is only
 * parsed, which spares the page the schema's walk over every field (about 25 ms for the core, at start-up). Any
 * other file (another data set put in its place, a browser without `crypto.subtle`) is validated, and so is a file
 * large enough for the worker, which validates it off the page.
 */
export async function fetchDataPart<P extends DataPart>(
  part: P,
  url: string,
  digest?: string,
): Promise<Parsed<PartValue[P]>> {
  const fetched = await fetchDataBytes(url);
  if (!fetched.ok) return fetched;
  const bytes = fetched.value;
  if (bytes.byteLength > OFF_THREAD_BYTES && bytes.byteLength <= MAX_DATA_FILE_BYTES && canUseWorker()) {
    return parseInWorker(part, url, bytes);
  }
  if (await isBuildsFile(bytes, digest)) {
    const text = readDataFile(url, bytes);
    return text.ok ? { ok: true, value: text.json as PartValue[P] } : text;
  }
  return parseDataPart(part, url, bytes);
}

/** The bytes of a data file; refuses an oversized one before downloading it when the server says its size. */
export async function fetchDataBytes(url: string): Promise<Parsed<ArrayBuffer>> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { ok: false, errors: [`${url}: HTTP ${response.status}`] };
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    const tooBig = Number.isFinite(declared) ? sizeProblem(url, declared) : null;
    if (tooBig) {
      void response.body?.cancel();
      return { ok: false, errors: [tooBig] };
    }
    return { ok: true, value: await response.arrayBuffer() };
  } catch (error) {
    return { ok: false, errors: [`${url}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/**
 * Whether `bytes` are the file the build validated and gave the SHA-256 `digest` (hex) of. False without a digest
 * (the development server's files) or where the browser cannot work one out: the caller then validates the file.
 */
export async function isBuildsFile(bytes: ArrayBuffer, digest: string | undefined): Promise<boolean> {
  return digest !== undefined && (await sha256Hex(bytes)) === digest;
}

/** The SHA-256 of `bytes` in hex, or null where the browser cannot work it out (no secure context). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

const canUseWorker = () => typeof Worker !== 'undefined';

function parseInWorker<P extends DataPart>(part: P, source: string, bytes: ArrayBuffer) {
  return new Promise<Parsed<PartValue[P]>>((resolve) => {
    const worker = new Worker(new URL('./dataPartWorker.ts', import.meta.url), { type: 'module' });
    const done = (result: Parsed<PartValue[P]>) => {
      worker.terminate();
      resolve(result);
    };
    // The worker's own output (dataPartWorker.ts): JSON text of the value it validated, then maybe its layout.
    let first: PartMessage<P> | undefined;
    worker.onmessage = (event: MessageEvent<string | GraphLayout>) => {
      if (typeof event.data === 'string') {
        first = JSON.parse(event.data) as PartMessage<P>;
        if (!first.layoutFollows) done(first.parsed);
      } else if (first) {
        if (first.parsed.ok) keepLayout(first.parsed.value as CoreDataset, event.data);
        done(first.parsed);
      }
    };
    // A worker that cannot start (blocked by a policy, say) must not leave the page waiting: parse here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      done(parseDataPart(part, source, bytes));
    };
    // Copied rather than transferred (a copy of a few megabytes takes about a millisecond): the page keeps
    // them in case the worker fails to start.
    const request: DataPartRequest = { part, source, bytes };
    worker.postMessage(request);
  });
}
