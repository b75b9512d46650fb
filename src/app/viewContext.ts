import type { RefObject } from 'react';
import { useOutletContext } from 'react-router';

import type { GraphCommands } from '../features/graph/GraphView';
import type { Insets } from '../features/graph/viewport';
import type { GraphIndex } from '../model/graphIndex';
import type { CoreDataset } from '../model/schema';
import type { ScopeResult } from '../model/scope/evaluate';
import type { VisibleSubgraph } from '../model/visibility';

/** What the page shell hands to the view of the current route. */
export interface ViewContext {
  dataset: CoreDataset;
  index: GraphIndex;
  /** The filtered subgraph, narrowed to threats in scope. */
  visible: VisibleSubgraph;
  /** Which threats the scope answers keep, and why; for explanations. */
  scopeResult: ScopeResult;
  /** Ids of the nodes that match the search text. */
  matches: ReadonlySet<string>;
  graphCommands: RefObject<GraphCommands | null>;
  /** Called by the graph once it has been drawn for the first time. */
  onGraphDrawn(): void;
  /** Parts of the graph the details panel covers while it is open over it. */
  graphInsets: Insets;
  /** The phone layout: the page scrolls, the filters and the details are sheets (`useCompactLayout`). */
  compact: boolean;
}

export function useViewContext(): ViewContext {
  return useOutletContext<ViewContext>();
}
