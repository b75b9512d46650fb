import { useLayoutEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

import type { GraphIndex } from '../model/graphIndex';
import { withSecidFragment } from '../model/url';
import { useViewStore } from '../state/viewStore';

/**
 * The URL is the source of truth: each change of `location.search` is parsed into the view store, and a
 * non-canonical URL (ignored values, non-canonical order, a SecID in place of a node id) is replaced by its
 * canonical form. Store actions navigate through the function registered here; the path (the view) stays.
 */
export function useUrlSync(index: GraphIndex) {
  const { search, hash } = useLocation();
  const navigate = useNavigate();
  const syncFromUrl = useViewStore((state) => state.syncFromUrl);
  const setNavigate = useViewStore((state) => state.setNavigate);

  useLayoutEffect(() => {
    setNavigate((next, { replace }) => void navigate({ search: next }, { replace }));
    return () => setNavigate(null);
  }, [navigate, setNavigate]);

  useLayoutEffect(() => {
    const opened = withSecidFragment(search, hash);
    const canonical = syncFromUrl(opened, index.has);
    if (canonical !== opened) void navigate({ search: canonical, hash: '' }, { replace: true });
  }, [search, hash, index, syncFromUrl, navigate]);

  return useViewStore((state) => state.synced);
}
