import { DEFAULT_LLM_EDITION, type LlmEdition } from './editions';
import type { ControlType, Impact, Lifecycle } from './vocabulary';

/** The filter part of the view state. Lists are kept in vocabulary order without duplicates. */
export interface Filters {
  lifecycle: readonly Lifecycle[];
  impact: readonly Impact[];
  type: readonly ControlType[];
  /** Whether the controls of the general-controls section are shown. */
  general: boolean;
  /**
   * The edition of the LLM Top 10 shown: its items, not those of the others. A choice of list rather than a filter
   * to clear, so it is no filter family.
   */
  edition: LlmEdition;
}

export const DEFAULT_FILTERS: Filters = {
  lifecycle: [],
  impact: [],
  type: [],
  general: true,
  edition: DEFAULT_LLM_EDITION,
};

/** Adds or removes `value`, keeping the vocabulary's order. */
export function toggleValue<T extends string>(vocabulary: readonly T[], list: readonly T[], value: T): T[] {
  const next = new Set(list);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return vocabulary.filter((item) => next.has(item));
}

export function hasActiveFilters(filters: Filters): boolean {
  return activeFamilies(filters).length > 0;
}

/** The filter families, in the filters panel's order. */
export const FILTER_FAMILIES = ['lifecycle', 'impact', 'type', 'general'] as const;
export type FilterFamily = (typeof FILTER_FAMILIES)[number];

/** The families that differ from their default. */
export function activeFamilies(filters: Filters): FilterFamily[] {
  return FILTER_FAMILIES.filter((family) =>
    family === 'general' ? !filters.general : filters[family].length > 0,
  );
}

/** `filters` with `families` back at their default. */
export function clearFamilies(filters: Filters, families: readonly FilterFamily[]): Filters {
  const cleared: Filters = { ...filters };
  for (const family of families) {
    if (family === 'general') cleared.general = DEFAULT_FILTERS.general;
    else cleared[family] = [];
  }
  return cleared;
}

/**
 * Which filters hide something: the fewest active families whose clearing makes `shows` true (among equally few,
 * the first in the panel's order). Empty when it is shown already; null when clearing every filter would not show
 * it, as when the scope answers hide it.
 */
export function familiesHiding(
  filters: Filters,
  shows: (filters: Filters) => boolean,
): FilterFamily[] | null {
  if (shows(filters)) return [];
  const active = activeFamilies(filters);
  for (let size = 1; size <= active.length; size++) {
    for (const families of subsetsOfSize(active, size)) {
      if (shows(clearFamilies(filters, families))) return families;
    }
  }
  return null;
}

function subsetsOfSize<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((first, at) =>
    subsetsOfSize(items.slice(at + 1), size - 1).map((rest) => [first, ...rest]),
  );
}
