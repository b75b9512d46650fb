import { useLayoutEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

import type { GraphIndex } from '../model/graphIndex';
import { useViewStore } from '../state/viewStore';

/**
 * The URL is the source of truth: each change of `location.search` is parsed into the view store, and a
 * non-canonical URL (ignored values, non-canonical order) is replaced by its canonical form. Store actions
 * navigate through the function registered here.
 */
export function useUrlSync(index: GraphIndex) {
  const { search } = useLocation();
  const navigate = useNavigate();
  const syncFromUrl = useViewStore((state) => state.syncFromUrl);
  const setNavigate = useViewStore((state) => state.setNavigate);

  useLayoutEffect(() => {
    setNavigate((next, { replace }) => void navigate({ search: next }, { replace }));
    return () => setNavigate(null);
  }, [navigate, setNavigate]);

  useLayoutEffect(() => {
    const canonical = syncFromUrl(search, index.has);
    if (canonical !== search) void navigate({ search: canonical }, { replace: true });
  }, [search, index, syncFromUrl, navigate]);

  return useViewStore((state) => state.synced);
}
