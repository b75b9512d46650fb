import { useEffect, useState } from 'react';

import { fixedLayoutOf } from '../model/layout/fixedLayout';
import { isLargeDataset } from '../model/layout/largeCatalogue';
import type { GraphLayout } from '../model/layout/types';
import type { CoreDataset } from '../model/schema';
import { afterNextPaint } from '../state/afterNextPaint';

/**
 * The one layout a very large catalogue keeps (docs/graph.md, "Large graphs"): `null` for a catalogue that is laid
 * out afresh for every view, `undefined` until it is in hand. The worker that read the data has usually worked it
 * out already; else it is worked out here, in a task of its own, not inside React's render, which cannot split it.
 * Either way the graph waits until the page that shows the data has been painted: its picture and canvas in the
 * same render would make that render one long task.
 */
export function useFixedLayout(dataset: CoreDataset): GraphLayout | null | undefined {
  const large = isLargeDataset(dataset);
  const [made, setMade] = useState<{ dataset: CoreDataset; layout: GraphLayout } | null>(null);
  useEffect(() => {
    if (!large) return;
    return afterNextPaint(() => setMade({ dataset, layout: fixedLayoutOf(dataset) }));
  }, [dataset, large]);
  if (!large) return null;
  return made?.dataset === dataset ? made.layout : undefined;
}
