import type { Section } from '../vocabulary';

import { isControlKind, isGroupKind, isThreatKind } from './sizes';
import type { LayoutInput, LayoutNode } from './types';

/**
 * Who is drawn inside whom, and which controls are drawn next to which threat:
 * the skeleton the layout places boxes on.
 */
export interface LayoutStructure {
  byId: ReadonlyMap<string, LayoutNode>;
  /** Member → the group whose frame contains it (same section, matching kind, no cycles). */
  parents: ReadonlyMap<string, string>;
  /** Group → its contained members in reading order. */
  members: ReadonlyMap<string, readonly string[]>;
  /** Control (or control group) → the threat or threat group it sits next to. */
  anchors: ReadonlyMap<string, string>;
  /** Threat or threat group → the controls placed next to it, in reading order. */
  satellites: ReadonlyMap<string, readonly string[]>;
  /** Section → ungrouped controls that mitigate nothing in their own section; drawn together, first in the band. */
  looseControls: ReadonlyMap<Section, readonly string[]>;
  /** Section → its top-level threats, groups and Top 10 items in reading order. */
  roots: ReadonlyMap<Section, readonly string[]>;
}

export function byReadingOrder(a: LayoutNode, b: LayoutNode): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A threat can sit in a threat group, a control in a control group; nothing else nests. */
function canContain(group: LayoutNode, member: LayoutNode): boolean {
  if (group.id === member.id || group.section !== member.section) return false;
  if (group.kind === 'threat-group') return isThreatKind(member.kind);
  if (group.kind === 'control-group') return isControlKind(member.kind);
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function ancestors(id: string, parents: ReadonlyMap<string, string>): string[] {
  const chain = [id];
  for (let up = parents.get(id); up !== undefined; up = parents.get(up)) chain.push(up);
  return chain;
}

function chooseParents(
  sorted: readonly LayoutNode[],
  byId: ReadonlyMap<string, LayoutNode>,
  input: LayoutInput,
) {
  const candidates = new Map<string, LayoutNode[]>();
  for (const edge of input.edges) {
    if (edge.kind !== 'part-of') continue;
    const member = byId.get(edge.source);
    const group = byId.get(edge.target);
    if (member && group && isGroupKind(group.kind) && canContain(group, member))
      push(candidates, member.id, group);
  }
  const parents = new Map<string, string>();
  for (const node of sorted) {
    const groups = (candidates.get(node.id) ?? []).sort(byReadingOrder);
    // The first group in reading order that does not close a cycle.
    const parent = groups.find((group) => !ancestors(group.id, parents).includes(node.id));
    if (parent) parents.set(node.id, parent.id);
  }
  return parents;
}

/** The deepest box that contains all targets, or undefined when they share none. */
function commonAncestor(
  targets: readonly string[],
  parents: ReadonlyMap<string, string>,
): string | undefined {
  const [first, ...rest] = targets;
  if (first === undefined) return undefined;
  let chain = ancestors(first, parents);
  for (const target of rest) {
    const other = new Set(ancestors(target, parents));
    const index = chain.findIndex((id) => other.has(id));
    if (index < 0) return undefined;
    chain = chain.slice(index);
  }
  return chain[0];
}

function chooseAnchors(
  sorted: readonly LayoutNode[],
  byId: ReadonlyMap<string, LayoutNode>,
  parents: ReadonlyMap<string, string>,
  input: LayoutInput,
) {
  const targets = new Map<string, string[]>();
  for (const edge of input.edges) {
    if (edge.kind !== 'mitigates') continue;
    const control = byId.get(edge.source);
    const threat = byId.get(edge.target);
    if (!control || !threat || !isControlKind(control.kind) || !isThreatKind(threat.kind)) continue;
    if (control.section === threat.section && !parents.has(control.id)) push(targets, control.id, threat.id);
  }
  const anchors = new Map<string, string>();
  for (const node of sorted) {
    const list = targets.get(node.id);
    if (!list) continue;
    const anchor = commonAncestor([...new Set(list)].sort(), parents);
    if (anchor !== undefined) anchors.set(node.id, anchor);
  }
  return anchors;
}

export function buildStructure(input: LayoutInput): LayoutStructure {
  const byId = new Map<string, LayoutNode>();
  for (const node of input.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const sorted = [...byId.values()].sort(byReadingOrder);

  const parents = chooseParents(sorted, byId, input);
  const anchors = chooseAnchors(sorted, byId, parents, input);

  const members = new Map<string, string[]>();
  const satellites = new Map<string, string[]>();
  const looseControls = new Map<Section, string[]>();
  const roots = new Map<Section, string[]>();
  for (const node of sorted) {
    const parent = parents.get(node.id);
    const anchor = anchors.get(node.id);
    if (parent !== undefined) push(members, parent, node.id);
    else if (anchor !== undefined) push(satellites, anchor, node.id);
    else if (node.kind === 'control') push(looseControls, node.section, node.id);
    else push(roots, node.section, node.id);
  }
  return { byId, parents, members, anchors, satellites, looseControls, roots };
}
