import type { GraphIndex } from './graphIndex';
import { membersOf } from './relations';
import type { NavNode } from './schema';

/** A control or control group as the catalogue views show it; a group carries its shown members. */
export interface ControlChip {
  node: NavNode;
  /** For a control group: its shown members, groups among them with their own members. */
  members: ControlChip[];
}

/**
 * The chip of a control or control group; members hidden by the filters are left out, and so are those in `seen`
 * (the groups it is inside, and groups listed beside it).
 */
export function controlChip(
  index: GraphIndex,
  node: NavNode,
  visibleNodes: ReadonlySet<string>,
  seen: ReadonlySet<string> = new Set(),
): ControlChip {
  if (node.kind !== 'control-group' || seen.has(node.id)) return { node, members: [] };
  const inside = new Set(seen).add(node.id);
  const members = membersOf(index, node.id)
    .filter((member) => visibleNodes.has(member.id) && !seen.has(member.id))
    .map((member) => controlChip(index, member, visibleNodes, inside));
  return { node, members };
}

/**
 * The chips of a list of controls and control groups, each group once: a group of the list is left out of the
 * members of another that holds it (general controls then count the groups not beside them), so it is not shown
 * both beside that group and inside it.
 */
export function controlChips(
  index: GraphIndex,
  nodes: readonly NavNode[],
  visibleNodes: ReadonlySet<string>,
): ControlChip[] {
  const groups = nodes.filter((node) => node.kind === 'control-group').map((node) => node.id);
  return nodes.map((node) =>
    controlChip(index, node, visibleNodes, new Set(groups.filter((id) => id !== node.id))),
  );
}

/** Every control (not group) a control or group stands for: itself, or the group's members at any depth. */
export function leafControls(index: GraphIndex, node: NavNode): NavNode[] {
  if (node.kind === 'control') return [node];
  return index
    .descendants(node.id)
    .flatMap((id) => index.node(id) ?? [])
    .filter((member) => member.kind === 'control');
}
