import { useDeferredValue, useEffect } from 'react';
import { datasetUrls } from 'virtual:dataset-urls';
import { frameworksUrl } from 'virtual:frameworks-url';

import { useDataStore } from '../state/dataStore';

import { DataErrorScreen } from './DataErrorScreen';
import { LoadingScreen } from './LoadingScreen';
import { NavigatorShell } from './NavigatorShell';

const DATA_URLS = { ...datasetUrls, frameworks: frameworksUrl };

/** Loads the core of the data set once, then shows the navigator (or why it cannot). */
export function NavigatorPage() {
  // Deferred, so React renders the navigator for a newly loaded data set in slices and a large catalogue does not
  // block the page for the whole first render.
  const data = useDeferredValue(useDataStore((state) => state.data));
  const load = useDataStore((state) => state.load);
  useEffect(() => {
    void load(DATA_URLS);
  }, [load]);

  if (data.status === 'error')
    return <DataErrorScreen errors={data.errors} onRetry={() => void load(DATA_URLS)} />;
  if (data.status !== 'ready') return <LoadingScreen />;
  return <NavigatorShell dataset={data.core} index={data.index} />;
}
