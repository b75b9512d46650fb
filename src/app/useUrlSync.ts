import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';

import type { GraphIndex } from '../model/graphIndex';
import { withSecidFragment } from '../model/url';
import { deferredAddressWrites } from '../state/addressWrites';
import { useViewStore } from '../state/viewStore';

/**
 * The URL is the source of truth: each change of `location.search` is parsed into the view store, and a
 * non-canonical URL (ignored values, non-canonical order, a SecID in place of a node id) is replaced by its
 * canonical form. Store actions reach the address bar through the writes registered here (a new entry after the next
 * painted frame, an update in place once the view has rested, in the order of the changes:
 * src/state/addressWrites.ts); the path (the view) stays.
 */
export function useUrlSync(index: GraphIndex) {
  const { search, hash } = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  // A held-back write runs later: it must go through the router as it is then, on the view shown then.
  const latestNavigate = useRef(navigate);
  const syncFromUrl = useViewStore((state) => state.syncFromUrl);
  const setAddressWrites = useViewStore((state) => state.setAddressWrites);
  const address = useViewStore((state) => state.address);

  useLayoutEffect(() => {
    latestNavigate.current = navigate;
  }, [navigate]);

  useLayoutEffect(() => {
    const writes = deferredAddressWrites(
      (next, { replace }) => void latestNavigate.current({ search: next }, { replace }),
    );
    setAddressWrites(writes);
    return () => {
      writes.discard();
      setAddressWrites(null);
    };
  }, [setAddressWrites]);

  useLayoutEffect(() => {
    // Back or forward: an update still held back belonged to the entry the browser has left.
    if (navigationType === 'POP') address?.discard();
    // Otherwise, with an update held back the view is ahead of this address (say, typing went on after the last
    // write); the held-back write brings the address level, and reading this one would undo the newer view.
    else if (address?.holdsBack()) return;
    const opened = withSecidFragment(search, hash);
    const canonical = syncFromUrl(opened, index.has, index.renamedTo);
    if (canonical !== opened) void navigate({ search: canonical, hash: '' }, { replace: true });
  }, [search, hash, navigationType, index, syncFromUrl, navigate, address]);

  return useViewStore((state) => state.synced);
}
