import type { GraphIndex } from '../graphIndex';

import { ROLES } from './roleData';
import { type Role, type RoleId, type RoleText } from './roleTypes';

export function getRole(id: RoleId): Role {
  const role = ROLES.find((item) => item.id === id);
  if (!role) throw new Error(`no role data for "${id}"`);
  return role;
}

/** The nodes a role acts on: its focus ids and everything inside focus groups; ids not in the data are skipped. */
export function roleHighlights(index: GraphIndex, roleId: RoleId): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const focus of getRole(roleId).focus) {
    for (const id of focus.ids) {
      if (!index.has(id)) continue;
      ids.add(id);
      for (const member of index.descendants(id)) ids.add(member);
    }
  }
  return ids;
}

/** Why a node is highlighted for a role: the reasons of the focus entries naming it or a group it is in. */
export function roleReasons(index: GraphIndex, roleId: RoleId, nodeId: string): RoleText[] {
  if (!index.has(nodeId)) return [];
  const covering = new Set([nodeId, ...index.ancestors(nodeId)]);
  return getRole(roleId)
    .focus.filter((focus) => focus.ids.some((id) => covering.has(id)))
    .map((focus) => focus.why);
}

/** Focus ids that are not in the data set, per role (for data checks and tests). */
export function unknownRoleNodeIds(index: GraphIndex): { role: RoleId; id: string }[] {
  return ROLES.flatMap((role) =>
    role.focus.flatMap((focus) =>
      focus.ids.filter((id) => !index.has(id)).map((id) => ({ role: role.id, id })),
    ),
  );
}
