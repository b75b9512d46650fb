import type { GraphIndex } from '../../model/graphIndex';
import { importLayer, type LayerImport, layerWarnings } from '../../model/layers/importLayer';

/**
 * Text longer than this is read in a worker. Below it, parsing and validation take a few milliseconds on the page,
 * less than starting a worker; a file of the maximum size (5 MB) would block the page for a second or more.
 */
export const OFF_THREAD_CHARS = 256 * 1024;

export interface LayerWorkerRequest {
  text: string;
  /** The data set's node ids, for the summary of a file refused for its number of entries. */
  knownIds: string[];
}

/**
 * `importLayer` without blocking the page: a large file is parsed and validated in a worker, and the warnings
 * (which need the data set) are added here. Where no worker can start, it runs on the page. Never throws.
 */
export async function readLayerText(text: string, index: GraphIndex): Promise<LayerImport> {
  if (text.length <= OFF_THREAD_CHARS || typeof Worker === 'undefined') return importLayer(text, { index });
  const result = await importInWorker(text, index);
  if (result === null) return importLayer(text, { index });
  return result.ok ? { ...result, warnings: layerWarnings(result.layer, index) } : result;
}

/** The worker's answer, or null when it could not start (blocked by a policy, say). */
function importInWorker(text: string, index: GraphIndex): Promise<LayerImport | null> {
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
    const request: LayerWorkerRequest = { text, knownIds: index.nodes.map((node) => node.id) };
    worker.postMessage(request);
  });
}
