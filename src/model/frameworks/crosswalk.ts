import type { GraphIndex } from '../graphIndex';
import { statusOf } from '../layers/annotations';
import { controlsForThreat } from '../layers/controlsForThreat';
import { countStatuses, type StatusCounts } from '../layers/coverage';
import type { Layer } from '../layers/schema';
import { isControl, isThreat } from '../nodeKinds';

import type { FrameworkIndex } from './frameworkIndex';
import type { Coverage, FrameworkId, FrameworkItem, FrameworkLink } from './schema';

/** One Exchange node a framework item links to, as the crosswalk lists it. */
export interface CrosswalkEntry {
  nodeId: string;
  coverage?: Coverage;
  note?: string;
  /** The nodes the link goes through (an LLM item on the way from an ASI item to a threat). */
  via?: readonly string[];
}

export interface CrosswalkRow {
  item: FrameworkItem;
  /** Controls (and control groups) the item names, shown with the current filters. */
  controls: readonly CrosswalkEntry[];
  /** Threats (and threat groups) the item names, shown with the current filters. */
  threats: readonly CrosswalkEntry[];
  /** Shown controls against the named threats that the item does not name itself. */
  against: readonly string[];
  /** Links to nodes the filters or the scope hide. */
  hidden: number;
  /** Every link of the item, shown or not. */
  linked: number;
  /**
   * With a layer: the statuses of the item's controls (the named ones, the members of named groups and those
   * against its threats), each control once.
   */
  statuses: StatusCounts | null;
}

/** `id`: the framework's order; `coverage`: most shown controls and threats first. */
export type CrosswalkSort = 'id' | 'coverage';

export interface CrosswalkOptions {
  /** Nodes in view (filters, scope). */
  visible: ReadonlySet<string>;
  /**
   * Whether the view is narrowed (a filter, the scope): items with no link are then left out, as Top 10 items that
   * map to nothing are, since nothing they link to is in view.
   */
  narrowed: boolean;
  /** One item only (the lens names an item). */
  item?: string | null;
  layer?: Layer | null;
  sort?: CrosswalkSort;
}

/** The crosswalk of a framework: its items as rows, with the Exchange's controls and threats each one links to. */
export function crosswalkRows(
  index: GraphIndex,
  frameworks: FrameworkIndex,
  frameworkId: FrameworkId,
  { visible, narrowed, item: only = null, layer = null, sort = 'id' }: CrosswalkOptions,
): CrosswalkRow[] {
  const framework = frameworks.framework(frameworkId);
  if (!framework) return [];
  const items = only === null ? framework.items : framework.items.filter((item) => item.id === only);
  const rows = items.flatMap((item): CrosswalkRow[] => {
    const links = frameworks.linksOfItem(frameworkId, item.id);
    const shown = links.filter((link) => visible.has(link.node));
    if (narrowed && shown.length === 0) return [];
    const kindOf = (link: FrameworkLink) => index.node(link.node);
    const controls = entries(shown.filter((link) => isControl(kindOf(link)!)));
    const threats = entries(shown.filter((link) => isThreat(kindOf(link)!)));
    const named = new Set(controls.map((entry) => entry.nodeId));
    const against = new Set<string>();
    for (const threat of threats) {
      for (const threatId of [threat.nodeId, ...index.descendants(threat.nodeId)]) {
        for (const { controlId } of controlsForThreat(index, threatId, visible)) {
          if (!named.has(controlId)) against.add(controlId);
        }
      }
    }
    const order = (id: string) => index.node(id)?.order ?? Number.MAX_SAFE_INTEGER;
    const againstIds = [...against].sort((a, b) => order(a) - order(b));
    return [
      {
        item,
        controls,
        threats,
        against: againstIds,
        hidden: new Set(links.map((link) => link.node)).size - new Set(shown.map((link) => link.node)).size,
        linked: links.length,
        statuses: layer ? itemStatuses(index, layer, visible, controls, againstIds) : null,
      },
    ];
  });
  if (sort === 'coverage') {
    const weight = (row: CrosswalkRow) => row.controls.length + row.threats.length;
    // Array.prototype.sort is stable: equals keep the framework's order.
    rows.sort((a, b) => weight(b) - weight(a));
  }
  return rows;
}

/** One entry per node, in the order of the links, joining what several links to the same node say. */
function entries(links: readonly FrameworkLink[]): CrosswalkEntry[] {
  const byNode = new Map<string, CrosswalkEntry>();
  for (const link of links) {
    if (byNode.has(link.node)) continue;
    byNode.set(link.node, {
      nodeId: link.node,
      ...(link.coverage ? { coverage: link.coverage } : {}),
      ...(link.note ? { note: link.note } : {}),
      ...(link.via ? { via: link.via } : {}),
    });
  }
  return [...byNode.values()];
}

function itemStatuses(
  index: GraphIndex,
  layer: Layer,
  visible: ReadonlySet<string>,
  controls: readonly CrosswalkEntry[],
  against: readonly string[],
): StatusCounts {
  const ids = new Set<string>();
  for (const { nodeId } of controls) {
    for (const id of [nodeId, ...index.descendants(nodeId)]) {
      if (index.node(id)?.kind === 'control' && visible.has(id)) ids.add(id);
    }
  }
  for (const id of against) ids.add(id);
  return countStatuses([...ids].map((id) => statusOf(layer, id)));
}
