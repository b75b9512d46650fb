import type { Language } from '../vocabulary';

export const ROLE_IDS = ['ml-engineer', 'data-engineer', 'mlops', 'developer', 'pentester', 'ciso'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}

/** Parts of the app a role is pointed to first; the UI decides how to offer them. */
export const ROLE_TOOLS = [
  'scope',
  'layers',
  'risk-overview',
  'export-checklist',
  'export-csv',
  'ml-top10',
  'llm-top10',
] as const;
export type RoleTool = (typeof ROLE_TOOLS)[number];

export type RoleText = Readonly<Record<Language, string>>;

/** Nodes a role acts on, with one reason for all of them. A group stands for itself and everything in it. */
export interface RoleFocus {
  ids: readonly string[];
  why: RoleText;
}

export interface Role {
  id: RoleId;
  title: RoleText;
  /** One paragraph: how to use the navigator in this role. */
  howTo: RoleText;
  focus: readonly RoleFocus[];
  tools: readonly RoleTool[];
}
