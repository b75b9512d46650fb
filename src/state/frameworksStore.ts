import { create } from 'zustand';

import { readDataFile } from '../model/dataFile';
import type { FrameworkIndex } from '../model/frameworks/frameworkIndex';
import type { GraphIndex } from '../model/graphIndex';

import { fetchDataBytes } from './fetchDataPart';

/** data/frameworks.json, fetched by the views that show it (never by the first view on its own). */
export type FrameworksStatus =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; frameworks: FrameworkIndex }
  | { status: 'error'; errors: string[] };

interface FrameworksStore {
  frameworks: FrameworksStatus;
  /** Fetches, validates and indexes the file once; a failed load is tried again on the next call. */
  load(url: string, index: GraphIndex): Promise<FrameworksStatus>;
}

let pending: Promise<FrameworksStatus> | null = null;

async function fetchFrameworks(url: string, index: GraphIndex): Promise<FrameworksStatus> {
  // The validation and the index load with the file: the first view carries neither.
  const [fetched, { parseFrameworksFile }, { buildFrameworkIndex }] = await Promise.all([
    fetchDataBytes(url),
    import('../model/frameworks/parse'),
    import('../model/frameworks/frameworkIndex'),
  ]);
  if (!fetched.ok) return { status: 'error', errors: fetched.errors };
  const text = readDataFile(url, fetched.value);
  if (!text.ok) return { status: 'error', errors: text.errors };
  const parsed = parseFrameworksFile(text.json);
  if (!parsed.ok) return { status: 'error', errors: parsed.errors.map((error) => `${url} ${error}`) };
  return { status: 'ready', frameworks: buildFrameworkIndex(parsed.value, index) };
}

export const useFrameworksStore = create<FrameworksStore>()((set, get) => ({
  frameworks: { status: 'idle' },
  load(url, index) {
    const { frameworks } = get();
    if (frameworks.status === 'ready') return Promise.resolve(frameworks);
    if (pending) return pending;
    set({ frameworks: { status: 'loading' } });
    const request = fetchFrameworks(url, index).then((next) => {
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
