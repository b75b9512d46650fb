import { create } from 'zustand';

import { buildIndex, type GraphIndex } from '../model/graphIndex';
import { parseDataset } from '../model/parseDataset';
import type { Dataset } from '../model/schema';
import { createNodeSearch, type NodeSearch } from '../model/search';

export type DataStatus =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset; index: GraphIndex; search: NodeSearch }
  | { status: 'error'; errors: string[] };

interface DataStore {
  data: DataStatus;
  /** Fetches, validates and indexes the data set once; later calls do nothing unless the last load failed. */
  load(url: string): Promise<void>;
}

export const useDataStore = create<DataStore>()((set, get) => ({
  data: { status: 'idle' },
  async load(url) {
    const { status } = get().data;
    if (status === 'loading' || status === 'ready') return;
    set({ data: { status: 'loading' } });
    set({ data: await fetchDataset(url) });
  },
}));

async function fetchDataset(url: string): Promise<DataStatus> {
  let json: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) return { status: 'error', errors: [`${url}: HTTP ${response.status}`] };
    json = await response.json();
  } catch (error) {
    return { status: 'error', errors: [`${url}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = parseDataset(json);
  if (!result.ok) return { status: 'error', errors: result.errors };
  return {
    status: 'ready',
    dataset: result.dataset,
    index: buildIndex(result.dataset),
    search: createNodeSearch(result.dataset),
  };
}

/** Back to the state before any load; for tests. */
export function resetDataStore() {
  useDataStore.setState({ data: { status: 'idle' } });
}
