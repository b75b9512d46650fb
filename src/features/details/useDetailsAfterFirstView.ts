import { useCallback, useEffect } from 'react';

import { useDataStore } from '../../state/dataStore';
import { useFirstViewStore } from '../../state/firstViewStore';

/** Should the graph never be drawn (it failed, say), the details are fetched after this long anyway. */
const GRAPH_WAIT_MS = 10_000;

/**
 * Fetches the summaries and references once the first view is on screen, so they do not compete with it for
 * the network and the main thread: on the graph view once the graph is drawn (call the function returned, which
 * the graph does after its first drawing, and which marks the first view as shown), on other views once the
 * browser is idle. Whatever needs them earlier (a selected node, a search, an export) asks the store at once.
 */
export function useDetailsAfterFirstView(waitForGraph: boolean): () => void {
  const loadDetails = useDataStore((state) => state.loadDetails);
  const markShown = useFirstViewStore((state) => state.markShown);
  const firstViewShown = useCallback(() => {
    markShown();
    void loadDetails();
  }, [loadDetails, markShown]);
  useEffect(() => {
    if (waitForGraph) {
      const timer = window.setTimeout(() => void loadDetails(), GRAPH_WAIT_MS);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback?.(firstViewShown, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(firstViewShown, 0) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [waitForGraph, loadDetails, firstViewShown]);
  return firstViewShown;
}
