import { countByKind, type CountedKind } from '../counts';
import type { Filters } from '../filters';
import type { GraphIndex } from '../graphIndex';
import { type VisibleSubgraph, visibleSubgraph } from '../visibility';

const NOTHING: ReadonlySet<string> = new Set();

export interface ScopedSubgraph extends VisibleSubgraph {
  /** Nodes the filters alone would show but the scope hides. */
  hiddenByScope: ReadonlySet<string>;
  /** Those nodes by the kinds every count counts. */
  setAside: Record<CountedKind, number>;
}

/**
 * `visibleSubgraph` for a scoped system: threats outside `threatScope` (ids from `threatIdsInScope`) never match,
 * so controls that only mitigate hidden threats and Top 10 items that only map to them are hidden too, by the
 * same rules as the filters. A threat group with a threat in scope stays. With `threatScope` null, this is
 * `visibleSubgraph`.
 */
export function visibleSubgraphInScope(
  index: GraphIndex,
  filters: Filters,
  threatScope: ReadonlySet<string> | null,
): ScopedSubgraph {
  const unscoped = visibleSubgraph(index, filters);
  if (!threatScope) return { ...unscoped, hiddenByScope: NOTHING, setAside: countByKind(index, NOTHING) };
  const scoped = visibleSubgraph(index, filters, threatScope);
  const hiddenByScope = new Set([...unscoped.nodes].filter((id) => !scoped.nodes.has(id)));
  return { ...scoped, hiddenByScope, setAside: countByKind(index, hiddenByScope) };
}
