import type { Filters } from '../filters';
import { buildIndex, type GraphIndex } from '../graphIndex';
import { isThreat } from '../nodeKinds';
import { type VisibleSubgraph,visibleSubgraph } from '../visibility';

export interface ScopedSubgraph extends VisibleSubgraph {
  /** Nodes the filters alone would show but the scope hides. */
  hiddenByScope: ReadonlySet<string>;
}

/** Restricted indexes by full index and scope set: callers that keep the set (memoized) build each index once. */
const restrictedIndexes = new WeakMap<GraphIndex, WeakMap<ReadonlySet<string>, GraphIndex>>();

/**
 * `visibleSubgraph` for a scoped system: threats outside `threatScope` (ids from `threatIdsInScope`) are hidden
 * as if they were not in the data, so controls that only mitigate hidden threats and Top 10 items that only map
 * to them are hidden too, by the same rules as the filters. A threat group with a threat in scope stays. Counts
 * keep the data set's totals. With `threatScope` null, this is `visibleSubgraph`.
 */
export function visibleSubgraphInScope(
  index: GraphIndex,
  filters: Filters,
  threatScope: ReadonlySet<string> | null,
): ScopedSubgraph {
  const unscoped = visibleSubgraph(index, filters);
  if (!threatScope) return { ...unscoped, hiddenByScope: new Set() };

  const scoped = visibleSubgraph(restrictedIndex(index, threatScope), filters);
  const hiddenByScope = new Set([...unscoped.nodes].filter((id) => !scoped.nodes.has(id)));
  return {
    ...scoped,
    threats: { shown: scoped.threats.shown, total: unscoped.threats.total },
    controls: { shown: scoped.controls.shown, total: unscoped.controls.total },
    hiddenByScope,
  };
}

function restrictedIndex(index: GraphIndex, threatScope: ReadonlySet<string>): GraphIndex {
  let byScope = restrictedIndexes.get(index);
  if (!byScope) {
    byScope = new WeakMap();
    restrictedIndexes.set(index, byScope);
  }
  const cached = byScope.get(threatScope);
  if (cached) return cached;

  const kept = new Set<string>();
  for (const node of index.nodes) {
    if (!isThreat(node)) kept.add(node.id);
    else if (threatScope.has(node.id)) {
      kept.add(node.id);
      for (const ancestor of index.ancestors(node.id)) kept.add(ancestor);
    }
  }
  const { dataset } = index;
  const restricted = buildIndex({
    ...dataset,
    nodes: dataset.nodes.filter((node) => kept.has(node.id)),
    edges: dataset.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
  });
  byScope.set(threatScope, restricted);
  return restricted;
}
