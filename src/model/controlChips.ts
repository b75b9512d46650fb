import type { GraphIndex } from './graphIndex';
import { membersOf } from './relations';
import type { NavNode } from './schema';

/** A control or control group as the catalogue views show it; a group carries its shown members. */
export interface ControlChip {
  node: NavNode;
  /** For a control group: its shown members, groups among them with their own members. */
  members: ControlChip[];
}

/** The chip of a control or control group; members hidden by the filters are left out. */
export function controlChip(
  index: GraphIndex,
  node: NavNode,
  visibleNodes: ReadonlySet<string>,
  seen: ReadonlySet<string> = new Set(),
): ControlChip {
  if (node.kind !== 'control-group' || seen.has(node.id)) return { node, members: [] };
  const inside = new Set(seen).add(node.id);
  const members = membersOf(index, node.id)
    .filter((member) => visibleNodes.has(member.id))
    .map((member) => controlChip(index, member, visibleNodes, inside));
  return { node, members };
}

/** Every control (not group) a control or group stands for: itself, or the group's members at any depth. */
export function leafControls(index: GraphIndex, node: NavNode): NavNode[] {
  if (node.kind === 'control') return [node];
  return index
    .descendants(node.id)
    .flatMap((id) => index.node(id) ?? [])
    .filter((member) => member.kind === 'control');
}
