import type { GraphIndex } from './graphIndex';
import type { NavNode } from './schema';
import { CONTROL_TYPES, type ControlType } from './vocabulary';

/** Nodes related through a group rather than directly: `via` is that group. */
export interface ThroughGroup {
  via: NavNode;
  nodes: NavNode[];
}

export interface DirectAndThroughGroups {
  direct: NavNode[];
  /** Nearest group first; a node appears once, at its nearest link. */
  throughGroups: ThroughGroup[];
}

/** Controls and control groups that mitigate a threat: directly, and through the threat groups it is part of. */
export function mitigatorsOf(index: GraphIndex, threatId: string): DirectAndThroughGroups {
  return directAndThroughGroups(index, threatId, 'threat-group', (id) =>
    index.incoming(id, 'mitigates').map((edge) => edge.source),
  );
}

/** Threats and threat groups a control mitigates: directly, and through the control groups it is part of. */
export function mitigatedBy(index: GraphIndex, controlId: string): DirectAndThroughGroups {
  return directAndThroughGroups(index, controlId, 'control-group', (id) =>
    index.outgoing(id, 'mitigates').map((edge) => edge.target),
  );
}

/** Groups a node is directly part of. */
export function groupsOf(index: GraphIndex, id: string): NavNode[] {
  return nodesOf(index, index.parents(id));
}

/** Direct members of a group. */
export function membersOf(index: GraphIndex, id: string): NavNode[] {
  return nodesOf(index, index.children(id));
}

/** A threat's own lifecycles (or impacts), else those of its nearest threat group that has them. */
export function inheritedFacet(
  index: GraphIndex,
  node: NavNode,
  key: 'lifecycle' | 'impacts',
): readonly string[] {
  if (node[key]) return node[key];
  for (const id of index.ancestors(node.id)) {
    const group = index.node(id);
    if (group?.kind === 'threat-group' && group[key]) return group[key];
  }
  return [];
}

/** Threats a Top 10 item maps to. */
export function mapsTo(index: GraphIndex, top10Id: string): NavNode[] {
  return nodesOf(
    index,
    index.outgoing(top10Id, 'maps-to').map((edge) => edge.target),
  );
}

/** Top 10 items that map to a threat. */
export function mappedFrom(index: GraphIndex, threatId: string): NavNode[] {
  return nodesOf(
    index,
    index.incoming(threatId, 'maps-to').map((edge) => edge.source),
  );
}

function directAndThroughGroups(
  index: GraphIndex,
  id: string,
  groupKind: NavNode['kind'],
  related: (id: string) => readonly string[],
): DirectAndThroughGroups {
  const direct = nodesOf(index, related(id));
  const listed = new Set(direct.map((node) => node.id));
  const throughGroups: ThroughGroup[] = [];
  for (const groupId of index.ancestors(id)) {
    const via = index.node(groupId);
    if (via?.kind !== groupKind) continue;
    const nodes = nodesOf(index, related(groupId)).filter((node) => !listed.has(node.id));
    nodes.forEach((node) => listed.add(node.id));
    if (nodes.length > 0) throughGroups.push({ via, nodes });
  }
  return { direct, throughGroups };
}

function nodesOf(index: GraphIndex, ids: readonly string[]): NavNode[] {
  return ids.flatMap((id) => index.node(id) ?? []);
}

/** Related nodes in the order of the control types, control groups last: how the details panel lists controls. */
export interface ByControlType {
  /** A control type, or `group` for control groups (and anything without a type). */
  type: ControlType | 'group';
  nodes: NavNode[];
}

export function byControlType(nodes: readonly NavNode[]): ByControlType[] {
  const buckets = [...CONTROL_TYPES, 'group' as const].map((type) => ({
    type,
    nodes: nodes.filter(
      (node) => (node.kind === 'control' && node.controlType ? node.controlType : 'group') === type,
    ),
  }));
  return buckets.filter((bucket) => bucket.nodes.length > 0);
}

/**
 * The controls against any of `threatIds` (directly or through their groups), each once, in reading order: what a
 * Top 10 item's threats call for.
 */
export function controlsAgainst(index: GraphIndex, threatIds: readonly string[]): NavNode[] {
  const ids = new Set<string>();
  for (const id of threatIds) {
    const { direct, throughGroups } = mitigatorsOf(index, id);
    for (const node of [...direct, ...throughGroups.flatMap((group) => group.nodes)]) ids.add(node.id);
  }
  return index.nodes.filter((node) => ids.has(node.id));
}
