import { lazy, Suspense } from 'react';

import { useViewContext } from './viewContext';
import { ViewFallback } from './ViewFallback';

// Each view is its own chunk: the graph, the first view, does not carry them.
const PeriodicTableView = lazy(() =>
  import('../features/table/PeriodicTableView').then((module) => ({ default: module.PeriodicTableView })),
);
const Top10View = lazy(() =>
  import('../features/top10/Top10View').then((module) => ({ default: module.Top10View })),
);
const IndexView = lazy(() =>
  import('../features/index/IndexView').then((module) => ({ default: module.IndexView })),
);

export type CatalogueView = 'table' | 'ml-top10' | 'llm-top10' | 'index';

/** `/table`, `/ml-top10`, `/llm-top10`, `/index`: the reading views, loaded when first opened. */
export function CatalogueRoute({ view }: { view: CatalogueView }) {
  const { index, visible, matches } = useViewContext();
  const props = { index, visible, matches };
  return (
    <Suspense
      // Each view starts afresh (scrolled to the selection, its own focus) when the tabs switch to it.
      key={view}
      fallback={<ViewFallback view={view} />}
    >
      {view === 'table' && <PeriodicTableView {...props} />}
      {view === 'ml-top10' && <Top10View kind="ml-top10" {...props} />}
      {view === 'llm-top10' && <Top10View kind="llm-top10" {...props} />}
      {view === 'index' && <IndexView {...props} />}
    </Suspense>
  );
}
