import { useEffect, useState } from 'react';

import { isLargeDataset } from '../features/graph/largeGraph';
import { computeLayout } from '../model/layout/computeLayout';
import type { GraphLayout } from '../model/layout/types';
import type { CoreDataset } from '../model/schema';
import { afterNextPaint } from '../state/afterNextPaint';

/**
 * The one layout a very large catalogue keeps (docs/graph.md, "Large graphs"): `null` for a catalogue that is laid
 * out afresh for every view, `undefined` until it is worked out. It is worked out in a task of its own once the page
 * that shows the data has been painted, not inside React's render, which cannot split it (about 85 ms at 5,000
 * nodes, which made that render one long task).
 */
export function useFixedLayout(dataset: CoreDataset): GraphLayout | null | undefined {
  const large = isLargeDataset(dataset);
  const [made, setMade] = useState<{ dataset: CoreDataset; layout: GraphLayout } | null>(null);
  useEffect(() => {
    if (!large) return;
    return afterNextPaint(() => setMade({ dataset, layout: computeLayout(dataset) }));
  }, [dataset, large]);
  if (!large) return null;
  return made?.dataset === dataset ? made.layout : undefined;
}
