import type { ControlType, Impact, Lifecycle } from './vocabulary';

/** The filter part of the view state. Lists are kept in vocabulary order without duplicates. */
export interface Filters {
  lifecycle: readonly Lifecycle[];
  impact: readonly Impact[];
  type: readonly ControlType[];
  /** Whether the controls of the general-controls section are shown. */
  general: boolean;
}

export const DEFAULT_FILTERS: Filters = { lifecycle: [], impact: [], type: [], general: true };

/** Adds or removes `value`, keeping the vocabulary's order. */
export function toggleValue<T extends string>(vocabulary: readonly T[], list: readonly T[], value: T): T[] {
  const next = new Set(list);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return vocabulary.filter((item) => next.has(item));
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.lifecycle.length > 0 || filters.impact.length > 0 || filters.type.length > 0 || !filters.general
  );
}
