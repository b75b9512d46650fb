import { leafControls } from './controlChips';
import { countNodes, type NodeCounts } from './counts';
import type { Filters } from './filters';
import type { GraphIndex } from './graphIndex';
import { isControl, isThreat, isTop10 } from './nodeKinds';
import { inheritedFacet } from './relations';
import { remembered } from './remembered';
import type { NavNode } from './schema';

/** Edge ids from `edgeId()`, read-only: a set, or one worked out when first walked (`edgesAmong`). */
export type EdgeIds = Pick<
  ReadonlySet<string>,
  'has' | 'size' | 'forEach' | 'entries' | 'keys' | 'values' | typeof Symbol.iterator
>;

export interface VisibleSubgraph {
  nodes: ReadonlySet<string>;
  edges: EdgeIds;
  /** Shown and in all, by the kinds every count of the app counts (`counts.ts`). */
  counts: NodeCounts;
}

/**
 * What the graph and the list show for the given filters.
 *
 * - A threat or threat group matches when it is in scope (see `threatScope`) and matches every active filter family (lifecycle, impact); a family
 *   with nothing selected is inactive. A node without lifecycles (or impacts) takes those of its nearest threat
 *   group that has them, so a sparsely annotated member follows its group.
 * - A threat is shown when it matches; a threat group when it matches or a member is shown.
 * - A control is shown when it mitigates a shown threat, directly or through a control group it is part of, and
 *   its control type is selected (if that filter is active). General controls apply to every threat: they are
 *   shown while the general-controls toggle is on and any threat is shown.
 * - A control group is shown when a member is shown, or when it mitigates a shown threat and none of its member
 *   controls is filtered out by type.
 * - A Top 10 item is shown when a threat it maps to is shown. An item that maps to no threat (LLM07:2026) cannot
 *   match a threat filter, so it is shown only while no lifecycle or impact filter is active: the unfiltered view
 *   shows each list whole. Of the LLM Top 10, only the items of the chosen edition (`filters.edition`) are shown:
 *   the editions reuse the same numbers for different risks, and one list at a time reads as the list it is.
 * - An edge is shown when both its ends are.
 */
export function visibleSubgraph(
  index: GraphIndex,
  filters: Filters,
  /** Threat ids in scope of the user's system; threats outside it never match. Absent: all are in scope. */
  threatScope?: ReadonlySet<string>,
): VisibleSubgraph {
  const shown = new Set<string>();
  const { threats, controls, controlGroups, top10 } = standingFacts(index);

  const lifecycles = new Set<string>(filters.lifecycle);
  const impacts = new Set<string>(filters.impact);
  const matchesFamily = (selected: ReadonlySet<string>, values: readonly string[]) =>
    selected.size === 0 || values.some((value) => selected.has(value));

  for (const { node, lifecycle, impacts: threatImpacts } of threats) {
    if (
      (!threatScope || threatScope.has(node.id)) &&
      matchesFamily(lifecycles, lifecycle) &&
      matchesFamily(impacts, threatImpacts)
    ) {
      shown.add(node.id);
    }
  }
  addGroupAncestors(index, shown, [...shown], 'threat-group');
  const anyThreatShown = shown.size > 0;

  const types = new Set<string>(filters.type);
  const typeSelected = (node: NavNode) =>
    types.size === 0 || (!!node.controlType && types.has(node.controlType));
  const isGeneral = (node: NavNode) => node.section === 'general-controls';
  const mitigatesShown = (id: string) =>
    index.outgoing(id, 'mitigates').some((edge) => shown.has(edge.target));
  // Every member control asks about its groups: each group's answer is kept for the rest of this call (the
  // threats are all decided by then).
  const groupMitigatesShown = remembered(
    (id) => index.node(id)?.kind === 'control-group' && mitigatesShown(id),
  );
  const mitigatesShownThreat = (node: NavNode) =>
    mitigatesShown(node.id) || index.ancestors(node.id).some(groupMitigatesShown);
  const applies = (node: NavNode) =>
    isGeneral(node) ? filters.general && anyThreatShown : mitigatesShownThreat(node);

  for (const control of controls) {
    if (applies(control) && typeSelected(control)) shown.add(control.id);
  }
  for (const { node: group, members } of controlGroups) {
    if (isGeneral(group) && !filters.general) continue;
    if (members.some((member) => shown.has(member.id)) || (applies(group) && members.every(typeSelected))) {
      shown.add(group.id);
    }
  }
  const shownGroups = controlGroups.filter(({ node }) => shown.has(node.id));
  addGroupAncestors(
    index,
    shown,
    shownGroups.map(({ node }) => node.id),
    'control-group',
    (group) => (isGeneral(group) ? filters.general : true),
  );

  const threatFilterActive = lifecycles.size > 0 || impacts.size > 0;
  for (const item of top10) {
    if (item.kind === 'llm-top10' && item.edition !== filters.edition) continue;
    const mappings = index.outgoing(item.id, 'maps-to');
    const unmappedShown = mappings.length === 0 && !threatFilterActive;
    if (unmappedShown || mappings.some((edge) => shown.has(edge.target))) shown.add(item.id);
  }

  const edges = edgesAmong(index, shown);
  const inEdition = (node: NavNode) => node.kind !== 'llm-top10' || node.edition === filters.edition;
  return { nodes: shown, edges, counts: countNodes(index, shown, inEdition) };
}

/** What `visibleSubgraph` asks of the nodes whatever the filters, worked out once per index. */
interface StandingFacts {
  /** Threats and threat groups, with the lifecycles and impacts they have or take from their nearest group. */
  threats: { node: NavNode; lifecycle: readonly string[]; impacts: readonly string[] }[];
  /** Controls that are not groups. */
  controls: NavNode[];
  /** Control groups, with the controls among their members at any depth. */
  controlGroups: { node: NavNode; members: NavNode[] }[];
  top10: NavNode[];
}

const standing = new WeakMap<GraphIndex, StandingFacts>();

/**
 * The facts of `index` that no filter changes. Worked out on every call, the inherited facets of each threat and
 * the member controls of each group took most of a call on a 5,000-node catalogue.
 */
function standingFacts(index: GraphIndex): StandingFacts {
  const known = standing.get(index);
  if (known) return known;
  const controls = index.nodes.filter(isControl);
  const facts: StandingFacts = {
    threats: index.nodes.filter(isThreat).map((node) => ({
      node,
      lifecycle: inheritedFacet(index, node, 'lifecycle'),
      impacts: inheritedFacet(index, node, 'impacts'),
    })),
    controls: controls.filter((node) => node.kind === 'control'),
    controlGroups: controls
      .filter((node) => node.kind === 'control-group')
      .map((node) => ({
        node,
        members: leafControls(index, node),
      })),
    top10: index.nodes.filter(isTop10),
  };
  standing.set(index, facts);
  return facts;
}

/** Each edge's ends as positions in `index.nodes` (-1 for an id the index lacks), worked out once per index. */
const edgeEnds = new WeakMap<GraphIndex, { sources: Int32Array; targets: Int32Array }>();

/**
 * The ids of the edges whose both ends are in `nodes` (which must not change afterwards). The set is worked out
 * only when it is walked or counted: the graph asks it about one edge at a time (whether to draw it), and with
 * thousands of edges making it took a third of `visibleSubgraph`, and again for each folded picture.
 */
export function edgesAmong(index: GraphIndex, nodes: ReadonlySet<string>): EdgeIds {
  return new EdgesAmong(index, nodes);
}

class EdgesAmong implements EdgeIds {
  private made: Set<string> | null = null;

  constructor(
    private readonly index: GraphIndex,
    private readonly nodes: ReadonlySet<string>,
  ) {}

  has(id: string): boolean {
    const edge = this.index.edge(id);
    return !!edge && this.nodes.has(edge.source) && this.nodes.has(edge.target);
  }

  get size(): number {
    return this.all().size;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.all().forEach(callback, thisArg);
  }

  entries() {
    return this.all().entries();
  }

  keys() {
    return this.all().keys();
  }

  values() {
    return this.all().values();
  }

  [Symbol.iterator]() {
    return this.all()[Symbol.iterator]();
  }

  private all(): Set<string> {
    this.made ??= edgesBetween(this.index, this.nodes);
    return this.made;
  }
}

/**
 * The ids of the edges whose both ends are in `nodes`. With thousands of edges, looking both ends up in a set of
 * string ids took half of `visibleSubgraph`: the ends are compared as positions in a table of flags instead.
 */
function edgesBetween(index: GraphIndex, nodes: ReadonlySet<string>): Set<string> {
  let ends = edgeEnds.get(index);
  if (!ends) {
    const position = new Map(index.nodes.map((node, at) => [node.id, at]));
    ends = {
      sources: Int32Array.from(index.edges, (edge) => position.get(edge.source) ?? -1),
      targets: Int32Array.from(index.edges, (edge) => position.get(edge.target) ?? -1),
    };
    edgeEnds.set(index, ends);
  }
  const shown = new Uint8Array(index.nodes.length);
  index.nodes.forEach((node, at) => {
    if (nodes.has(node.id)) shown[at] = 1;
  });
  const edges = new Set<string>();
  const { sources, targets } = ends;
  index.edges.forEach((edge, at) => {
    if (shown[sources[at]!] === 1 && shown[targets[at]!] === 1) edges.add(edge.id);
  });
  return edges;
}

/** A group with a shown member is shown: adds the groups of `kind` above each of `ids`. */
function addGroupAncestors(
  index: GraphIndex,
  shown: Set<string>,
  ids: readonly string[],
  kind: NavNode['kind'],
  allowed: (group: NavNode) => boolean = () => true,
) {
  for (const id of ids) {
    for (const ancestorId of index.ancestors(id)) {
      const group = index.node(ancestorId);
      if (group?.kind === kind && allowed(group)) shown.add(ancestorId);
    }
  }
}
