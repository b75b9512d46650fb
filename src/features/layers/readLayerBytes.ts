import type { GraphIndex } from '../../model/graphIndex';
import { importLayer, type LayerImport, layerWarnings } from '../../model/layers/importLayer';

/**
 * Files larger than this are decoded, parsed and validated in a worker. Below it, that takes a few milliseconds on
 * the page, less than starting a worker; a file of the maximum size (5 MB) would block the page for a second or
 * more.
 */
export const OFF_THREAD_BYTES = 256 * 1024;

export interface LayerWorkerRequest {
  /** The file's bytes (UTF-8). */
  bytes: Uint8Array;
  /** The data set's node ids, for the summary of a file refused for its number of entries. */
  knownIds: string[];
}

/**
 * `importLayer` of a file's bytes without blocking the page: a large file is decoded, parsed and validated in a
 * worker, and the warnings (which need the data set) are added here. Where no worker can start, it runs on the
 * page. Never throws.
 */
export async function readLayerBytes(bytes: Uint8Array, index: GraphIndex): Promise<LayerImport> {
  const here = () => importLayer(new TextDecoder().decode(bytes), { index });
  if (bytes.byteLength <= OFF_THREAD_BYTES || typeof Worker === 'undefined') return here();
  const result = await importInWorker(bytes, index);
  if (result === null) return here();
  return result.ok ? { ...result, warnings: layerWarnings(result.layer, index) } : result;
}

/** The worker's answer, or null when it could not start (blocked by a policy, say). */
function importInWorker(bytes: Uint8Array, index: GraphIndex): Promise<LayerImport | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./layerWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const done = (result: LayerImport | null) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<LayerImport>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      done(null);
    };
    // Copied rather than transferred (a few milliseconds at most): the page keeps them in case the worker fails.
    const request: LayerWorkerRequest = { bytes, knownIds: index.nodes.map((node) => node.id) };
    worker.postMessage(request);
  });
}
