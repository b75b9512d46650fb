import type { RefObject } from 'react';
import { useOutletContext } from 'react-router';

import type { GraphCommands } from '../features/graph/GraphView';
import type { GraphIndex } from '../model/graphIndex';
import type { Dataset } from '../model/schema';
import type { VisibleSubgraph } from '../model/visibility';

/** What the page shell hands to the view of the current route. */
export interface ViewContext {
  dataset: Dataset;
  index: GraphIndex;
  visible: VisibleSubgraph;
  /** Ids of the nodes that match the search text. */
  matches: ReadonlySet<string>;
  graphCommands: RefObject<GraphCommands | null>;
}

export function useViewContext(): ViewContext {
  return useOutletContext<ViewContext>();
}
