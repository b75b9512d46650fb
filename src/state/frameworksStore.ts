import { create } from 'zustand';

import { readDataFile } from '../model/dataFile';
import type { FrameworkIndex } from '../model/frameworks/frameworkIndex';
import type { FrameworksFile } from '../model/frameworks/schema';
import type { GraphIndex } from '../model/graphIndex';

import { fetchDataBytes, isBuildsFile } from './fetchDataPart';

/** data/frameworks.json, fetched by the views that show it (never by the first view on its own). */
export type FrameworksStatus =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; frameworks: FrameworkIndex }
  | { status: 'error'; errors: string[] };

interface FrameworksStore {
  frameworks: FrameworksStatus;
  /**
   * Fetches, validates and indexes the file once; a failed load is tried again on the next call. A file whose
   * SHA-256 is `digest` is the one the build validated, and is only parsed (as the data set's parts are).
   */
  load(url: string, index: GraphIndex, digest?: string): Promise<FrameworksStatus>;
}

let pending: Promise<FrameworksStatus> | null = null;

async function fetchFrameworks(url: string, index: GraphIndex, digest?: string): Promise<FrameworksStatus> {
  // The index loads with the file, and the validation when the file is not the build's: the first view carries
  // neither.
  const [fetched, { buildFrameworkIndex }] = await Promise.all([
    fetchDataBytes(url),
    import('../model/frameworks/frameworkIndex'),
  ]);
  if (!fetched.ok) return { status: 'error', errors: fetched.errors };
  const text = readDataFile(url, fetched.value);
  if (!text.ok) return { status: 'error', errors: text.errors };
  if (await isBuildsFile(fetched.value, digest))
    return { status: 'ready', frameworks: buildFrameworkIndex(text.json as FrameworksFile, index) };
  const { parseFrameworksFile } = await import('../model/frameworks/parse');
  const parsed = parseFrameworksFile(text.json);
  if (!parsed.ok) return { status: 'error', errors: parsed.errors.map((error) => `${url} ${error}`) };
  return { status: 'ready', frameworks: buildFrameworkIndex(parsed.value, index) };
}

export const useFrameworksStore = create<FrameworksStore>()((set, get) => ({
  frameworks: { status: 'idle' },
  load(url, index, digest) {
    const { frameworks } = get();
    if (frameworks.status === 'ready') return Promise.resolve(frameworks);
    if (pending) return pending;
    set({ frameworks: { status: 'loading' } });
    const request = fetchFrameworks(url, index, digest).then((next) => {
      if (pending === request) {
        pending = null;
        set({ frameworks: next });
      }
      return next;
    });
    pending = request;
    return request;
  },
}));

/** Back to the state before any load; for tests. */
export function resetFrameworksStore() {
  pending = null;
  useFrameworksStore.setState({ frameworks: { status: 'idle' } });
}
