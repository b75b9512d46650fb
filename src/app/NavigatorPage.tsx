import { useDeferredValue, useEffect } from 'react';
import { datasetDigests, datasetUrls } from 'virtual:dataset-urls';
import { firstLayout } from 'virtual:first-layout';
import { frameworksDigest, frameworksUrl } from 'virtual:frameworks-url';

import type { GraphIndex } from '../model/graphIndex';
import type { CoreDataset } from '../model/schema';
import { useDataStore } from '../state/dataStore';

import { DataErrorScreen } from './DataErrorScreen';
import { LoadingScreen } from './LoadingScreen';
import { NavigatorShell } from './NavigatorShell';
import { useUrlSync } from './useUrlSync';

const DATA_URLS = {
  ...datasetUrls,
  frameworks: frameworksUrl,
  ...(datasetDigests
    ? { digests: { ...datasetDigests, ...(frameworksDigest ? { frameworks: frameworksDigest } : {}) } }
    : {}),
};

/**
 * Starts loading the core of the data set. The page calls it at start-up, before React's first render: the core,
 * fetched beside the scripts (a preload in index.html), is then parsed and ready by the time the navigator renders,
 * rather than after the first render and its effects.
 */
export function startLoadingData() {
  void useDataStore.getState().load(DATA_URLS, firstLayout);
}

/** Loads the core of the data set once, then shows the navigator (or why it cannot). */
export function NavigatorPage() {
  // Deferred, so React renders the navigator for a newly loaded data set in slices and a large catalogue does not
  // block the page for the whole first render.
  const data = useDeferredValue(useDataStore((state) => state.data));
  // Started at start-up in the page; this starts it wherever that did not run (tests). A second call does nothing
  // while the data is loading or loaded.
  useEffect(startLoadingData, []);

  if (data.status === 'error') return <DataErrorScreen errors={data.errors} onRetry={startLoadingData} />;
  if (data.status !== 'ready') return <LoadingScreen />;
  return <ShellOnceSynced dataset={data.core} index={data.index} />;
}

/** The navigator, once the address has been read into the view store. */
function ShellOnceSynced({ dataset, index }: { dataset: CoreDataset; index: GraphIndex }) {
  // The address is read in a layout effect, and a store update there is rendered at once, in the same task. Deferred,
  // the page's first render with the data is done in slices, as `data` above: at 5,000 nodes that one task was the
  // longest of the load.
  const synced = useDeferredValue(useUrlSync(index));
  return synced ? <NavigatorShell dataset={dataset} index={index} /> : <LoadingScreen />;
}
