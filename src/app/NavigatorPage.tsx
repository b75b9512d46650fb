import { useEffect } from 'react';

import datasetUrl from '../../data/navigator.json?url';
import { useDataStore } from '../state/dataStore';

import { DataErrorScreen } from './DataErrorScreen';
import { LoadingScreen } from './LoadingScreen';
import { NavigatorShell } from './NavigatorShell';

/** Loads the data set once, then shows the navigator (or why it cannot). */
export function NavigatorPage() {
  const data = useDataStore((state) => state.data);
  const load = useDataStore((state) => state.load);
  useEffect(() => {
    void load(datasetUrl);
  }, [load]);

  if (data.status === 'error')
    return <DataErrorScreen errors={data.errors} onRetry={() => void load(datasetUrl)} />;
  if (data.status !== 'ready') return <LoadingScreen />;
  return <NavigatorShell dataset={data.dataset} index={data.index} search={data.search} />;
}
