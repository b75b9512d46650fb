import type { RoleId } from './roleTypes';
import { isRoleId } from './roleTypes';

/**
 * The `role` URL parameter: one role id, e.g. `role=data-engineer`; no role is the default and is left out.
 * Parsing never throws: an unknown value is dropped with a notice.
 */

export const ROLE_PARAM = 'role';
const MAX_QUOTED_LENGTH = 40;

export type RoleNotice = { kind: 'unknown-role'; param: typeof ROLE_PARAM; value: string };

export interface ParsedRole {
  role: RoleId | null;
  notices: RoleNotice[];
}

export function parseRoleParam(value: string | null): ParsedRole {
  const raw = value?.trim().toLowerCase() ?? '';
  if (raw === '') return { role: null, notices: [] };
  if (isRoleId(raw)) return { role: raw, notices: [] };
  const points = Array.from(raw);
  const quoted = points.length > MAX_QUOTED_LENGTH ? `${points.slice(0, MAX_QUOTED_LENGTH).join('')}…` : raw;
  return { role: null, notices: [{ kind: 'unknown-role', param: ROLE_PARAM, value: quoted }] };
}

/** The parameter's value, or null for no role (then the parameter is left out). */
export function serializeRoleParam(role: RoleId | null): string | null {
  return role;
}
