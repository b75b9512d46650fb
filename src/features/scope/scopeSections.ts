/**
 * The parts of the scope page a link can open at: the threats out of scope, and the controls and Top 10 items set
 * aside with them. The link carries the part in its navigation state, so the address stays the view.
 */
export type ScopeSection = 'threats' | 'controls' | 'top10';

const SECTIONS: readonly ScopeSection[] = ['threats', 'controls', 'top10'];

export interface ScopeSectionState {
  scopeSection: ScopeSection;
}

export const scopeSectionState = (section: ScopeSection): ScopeSectionState => ({ scopeSection: section });

/** The section a navigation asked for, if any (the state is whatever the history holds: checked). */
export function scopeSectionOf(state: unknown): ScopeSection | null {
  const section = (state as Partial<ScopeSectionState> | null)?.scopeSection;
  return SECTIONS.find((known) => known === section) ?? null;
}

/** Id of the heading of each section on the scope page. */
export const scopeSectionId = (section: ScopeSection) => `scope-set-aside-${section}`;
