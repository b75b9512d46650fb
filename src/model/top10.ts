import { type ControlChip, controlChips, leafControls } from './controlChips';
import type { GraphIndex } from './graphIndex';
import { isThreat } from './nodeKinds';
import { mitigatorsOf } from './relations';
import type { NavEdge, NavNode } from './schema';
import type { Top10Sort } from './views';
import { CONTROL_TYPES, type ControlType } from './vocabulary';

export type Top10Kind = 'ml-top10' | 'llm-top10';
export type RiskFactor = 'exploitability' | 'detectability' | 'technical';
export const RISK_FACTORS: readonly RiskFactor[] = ['exploitability', 'detectability', 'technical'];

export interface Top10Mapping {
  threat: NavNode;
  basis: NavEdge['basis'];
  /** The edge's id, under which the details file keeps why the mapping holds and where it was read. */
  edge: string;
}

export interface Top10Entry {
  item: NavNode;
  /** The AI Exchange threats the item maps to, in reading order; empty when it has no counterpart. */
  mappings: Top10Mapping[];
  /** Shown controls against the mapped threats, by control type (vocabulary order, empty types left out). */
  controlsByType: { type: ControlType; controls: NavNode[] }[];
  /** Shown control groups against the mapped threats, each with its shown members. */
  groups: ControlChip[];
  /** Distinct controls (group members counted one by one) against the mapped threats: shown, and in all. */
  coverage: { shown: number; total: number };
  /** LLM items of the edition before that this one carries over, and of the edition after that carry it over. */
  carriesOver: NavNode[];
  carriedInto: NavNode[];
}

/**
 * The items of one Top 10 list that are in `listedNodes` (see `listedNodes` in catalogue.ts), in the given order.
 *
 * An item's controls are those that mitigate a mapped threat, a member threat of a mapped threat group (the
 * group stands for all its members), or, through a threat group, any of these. Only shown threats contribute
 * to the shown controls; the total counts every mapped threat with the filters off.
 */
export function top10Entries(
  index: GraphIndex,
  kind: Top10Kind,
  listedNodes: ReadonlySet<string>,
  visibleNodes: ReadonlySet<string>,
  sort: Top10Sort,
): Top10Entry[] {
  const entries = index.nodes
    .filter((node) => node.kind === kind && listedNodes.has(node.id))
    .map((item) => top10Entry(index, item, visibleNodes));
  return sortEntries(entries, sort);
}

export function top10Entry(index: GraphIndex, item: NavNode, visibleNodes: ReadonlySet<string>): Top10Entry {
  const mappings = index.outgoing(item.id, 'maps-to').flatMap((edge) => {
    const threat = index.node(edge.target);
    return threat ? [{ threat, basis: edge.basis, edge: edge.id }] : [];
  });
  const threats = uniqueById(
    mappings.flatMap(({ threat }) => [
      threat,
      ...index
        .descendants(threat.id)
        .flatMap((id) => index.node(id) ?? [])
        .filter(isThreat),
    ]),
  );
  const mitigators = (list: readonly NavNode[]) =>
    uniqueById(
      list.flatMap((threat) => {
        const { direct, throughGroups } = mitigatorsOf(index, threat.id);
        return [...direct, ...throughGroups.flatMap((group) => group.nodes)];
      }),
    ).sort((a, b) => a.order - b.order);

  const shown = mitigators(threats.filter((threat) => visibleNodes.has(threat.id))).filter((node) =>
    visibleNodes.has(node.id),
  );
  const controls = shown.filter((node) => node.kind === 'control');
  const distinctLeaves = (list: readonly NavNode[], keep: (node: NavNode) => boolean) =>
    new Set(
      list
        .flatMap((node) => leafControls(index, node))
        .filter(keep)
        .map((node) => node.id),
    ).size;

  return {
    item,
    mappings,
    controlsByType: CONTROL_TYPES.map((type) => ({
      type,
      controls: controls.filter((control) => control.controlType === type),
    })).filter((group) => group.controls.length > 0),
    groups: controlChips(
      index,
      shown.filter((node) => node.kind === 'control-group'),
      visibleNodes,
    ),
    coverage: {
      shown: distinctLeaves(shown, (node) => visibleNodes.has(node.id)),
      total: distinctLeaves(mitigators(threats), () => true),
    },
    carriesOver: index.predecessors(item.id).flatMap((id) => index.node(id) ?? []),
    carriedInto: index.successors(item.id).flatMap((id) => index.node(id) ?? []),
  };
}

/** Number order, or highest first by a risk factor or by shown coverage (ties in number order). */
export function sortEntries(entries: readonly Top10Entry[], sort: Top10Sort): Top10Entry[] {
  const key = (entry: Top10Entry): number => {
    if (sort === 'id') return 0;
    if (sort === 'coverage') return entry.coverage.shown;
    return entry.item.riskFactors?.[sort] ?? -1;
  };
  return [...entries].sort((a, b) => key(b) - key(a) || a.item.order - b.item.order);
}

/** Whether any item of the list has risk factors (the ML Top 10 does, the LLM Top 10 does not). */
export function hasRiskFactors(index: GraphIndex, kind: Top10Kind): boolean {
  return index.nodes.some((node) => node.kind === kind && node.riskFactors);
}

function uniqueById(nodes: readonly NavNode[]): NavNode[] {
  const seen = new Set<string>();
  return nodes.filter((node) => !seen.has(node.id) && !!seen.add(node.id));
}
