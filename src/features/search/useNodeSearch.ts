import { useEffect, useMemo } from 'react';

import type { NodeSearch } from '../../model/search';
import { matchingIds } from '../../model/searchResults';
import { type SearchStatus, useDataStore } from '../../state/dataStore';

/**
 * The search, built on first use: when `text` is first non-empty (a keystroke or a ?q= link). A search that
 * could not be built is tried again when the text changes.
 */
export function useNodeSearch(text: string): SearchStatus {
  const status = useDataStore((state) => state.search);
  const loadSearch = useDataStore((state) => state.loadSearch);
  const wanted = text.trim() !== '';
  useEffect(() => {
    if (!wanted) return;
    const current = useDataStore.getState().search.status;
    if (current === 'idle' || current === 'error') void loadSearch();
  }, [wanted, text, loadSearch]);
  return status;
}

const NO_MATCHES: ReadonlySet<string> = new Set();

/**
 * Ids of every node matching `text`: those carrying the identifier when the text is one (what has similar text
 * is no match of it), else every text match; none while the search is being built.
 */
export function useSearchMatches(text: string): ReadonlySet<string> {
  const status = useNodeSearch(text);
  const search: NodeSearch | null = status.status === 'ready' ? status.search : null;
  return useMemo(
    () => (search ? new Set(matchingIds(search.search(text, Infinity))) : NO_MATCHES),
    [search, text],
  );
}
