import { create } from 'zustand';

import { mergeDataset } from '../model/datasetParts';
import { buildIndex, type GraphIndex } from '../model/graphIndex';
import { offerLayout } from '../model/graphPicture';
import type { LayoutJson } from '../model/layout/layoutJson';
import type { CoreDataset, Dataset, NodeDetails, RelationDetails } from '../model/schema';
import type { NodeSearch } from '../model/search';

import { fetchDataPart } from './fetchDataPart';
import { useFrameworksStore } from './frameworksStore';

/** Where the two parts of the data set are served (see scripts/vite-data-plugin.ts). */
export interface DataUrls {
  core: string;
  details: string;
  /** data/frameworks.json: when given, the search also finds framework ids (Art. 14, B.6.2.6, ASI01…). */
  frameworks?: string;
  /** The SHA-256 of the files as the build validated them: a file of its digest is not validated again. */
  digests?: { core: string; details: string; frameworks?: string };
}

/** The core: what the graph, filters, lists and views need. The app waits for it. */
export type DataStatus =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; core: CoreDataset; index: GraphIndex }
  | { status: 'error'; errors: string[] };

/** The details (summaries and references), fetched once the first view is up or as soon as something needs them. */
export type DetailsStatus =
  | { status: 'idle' }
  | { status: 'loading' }
  | {
      status: 'ready';
      dataset: Dataset;
      byId: ReadonlyMap<string, NodeDetails>;
      /** Why each relation holds and where it was read, by `edgeId` or `successionId`. */
      relations: ReadonlyMap<string, RelationDetails>;
    }
  | { status: 'error'; errors: string[] };

/** The full-text search, built when it is first used. */
export type SearchStatus =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; search: NodeSearch } | { status: 'error' };

interface DataStore {
  urls: DataUrls | null;
  data: DataStatus;
  details: DetailsStatus;
  search: SearchStatus;
  /**
   * Fetches, validates and indexes the core once; later calls do nothing unless the last load failed. A layout the
   * build made ahead (the first view's) is offered to the pictures of the data set.
   */
  load(urls: DataUrls, firstLayout?: LayoutJson | null): Promise<void>;
  /** Fetches and validates the details once the core is ready; a failed fetch is tried again on the next call. */
  loadDetails(): Promise<DetailsStatus>;
  /** Builds the search index (with the details, which it searches too); resolves once it can be used. */
  loadSearch(): Promise<SearchStatus>;
}

/** The request under way, if any; a reset forgets it, and its answer is then dropped. */
interface Pending<T> {
  current: Promise<T> | null;
}

const detailsRequest: Pending<DetailsStatus> = { current: null };
const searchRequest: Pending<SearchStatus> = { current: null };

/** Starts a request unless one is under way (callers share it); its answer is stored unless a reset came first. */
function requestOnce<T>(
  pending: Pending<T>,
  start: () => Promise<T>,
  store: (answer: T) => void,
): Promise<T> {
  if (pending.current) return pending.current;
  const request = start().then((answer) => {
    if (pending.current !== request) return answer;
    pending.current = null;
    store(answer);
    return answer;
  });
  pending.current = request;
  return request;
}

export const useDataStore = create<DataStore>()((set, get) => {
  async function fetchDetails(urls: DataUrls, core: CoreDataset): Promise<DetailsStatus> {
    const result = await fetchDataPart('details', urls.details, urls.digests?.details);
    if (!result.ok) return { status: 'error', errors: result.errors };
    const merged = mergeDataset(core, result.value);
    if (!merged.ok)
      return { status: 'error', errors: merged.errors.map((error) => `${urls.details} ${error}`) };
    return {
      status: 'ready',
      dataset: merged.dataset,
      byId: new Map(Object.entries(result.value.nodes)),
      relations: new Map(Object.entries(result.value.relations)),
    };
  }

  async function buildSearch(): Promise<SearchStatus> {
    // The search library is a chunk of its own, loaded alongside the details.
    const [details, { createNodeSearch }] = await Promise.all([
      get().loadDetails(),
      import('../model/search'),
    ]);
    if (details.status !== 'ready') return { status: 'error' };
    // The framework data is fetched with the search (after the first view), and the search works without it.
    const { urls, data } = get();
    const frameworks =
      urls?.frameworks && data.status === 'ready'
        ? await useFrameworksStore.getState().load(urls.frameworks, data.index, urls.digests?.frameworks)
        : undefined;
    return {
      status: 'ready',
      search: await createNodeSearch(
        details.dataset,
        frameworks?.status === 'ready' ? frameworks.frameworks.file : undefined,
      ),
    };
  }

  return {
    urls: null,
    data: { status: 'idle' },
    details: { status: 'idle' },
    search: { status: 'idle' },

    async load(urls, firstLayout) {
      const { status } = get().data;
      if (status === 'loading' || status === 'ready') return;
      set({ urls, data: { status: 'loading' }, details: { status: 'idle' }, search: { status: 'idle' } });
      const result = await fetchDataPart('core', urls.core, urls.digests?.core);
      if (!result.ok) {
        set({ data: { status: 'error', errors: result.errors } });
        return;
      }
      const index = buildIndex(result.value);
      if (firstLayout) offerLayout(index, firstLayout);
      set({ data: { status: 'ready', core: result.value, index } });
    },

    loadDetails() {
      const { urls, data, details } = get();
      if (details.status === 'ready' || !urls || data.status !== 'ready') return Promise.resolve(details);
      return requestOnce(
        detailsRequest,
        () => {
          set({ details: { status: 'loading' } });
          return fetchDetails(urls, data.core);
        },
        (next) => set({ details: next }),
      );
    },

    loadSearch() {
      const { search } = get();
      if (search.status === 'ready') return Promise.resolve(search);
      return requestOnce(
        searchRequest,
        () => {
          set({ search: { status: 'loading' } });
          return buildSearch();
        },
        (next) => set({ search: next }),
      );
    },
  };
});

/** Back to the state before any load; for tests. */
export function resetDataStore() {
  detailsRequest.current = null;
  searchRequest.current = null;
  useDataStore.setState({
    urls: null,
    data: { status: 'idle' },
    details: { status: 'idle' },
    search: { status: 'idle' },
  });
}
