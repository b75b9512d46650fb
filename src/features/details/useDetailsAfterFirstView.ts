import { useEffect } from 'react';

import { useDataStore } from '../../state/dataStore';

/** The graph canvas says so once it has drawn for the first time (the attribute the browser tests wait for). */
const GRAPH_READY = '[data-graph-ready="true"]';
/** Should the graph never say it is ready (it failed, say), the details are fetched after this long anyway. */
const GRAPH_WAIT_MS = 10_000;

/**
 * Fetches the summaries and references once the first view is on screen, so they do not compete with it for
 * the network and the main thread: on the graph view once the graph is drawn, on other views once the browser
 * is idle. Whatever needs them earlier (a selected node, a search, an export) asks the store at once.
 */
export function useDetailsAfterFirstView(waitForGraph: boolean) {
  const loadDetails = useDataStore((state) => state.loadDetails);
  useEffect(() => {
    const start = () => void loadDetails();
    if (!waitForGraph) {
      const idle = window.requestIdleCallback?.(start, { timeout: 2000 });
      const timer = idle === undefined ? window.setTimeout(start, 0) : undefined;
      return () => {
        if (idle !== undefined) window.cancelIdleCallback(idle);
        window.clearTimeout(timer);
      };
    }
    if (document.querySelector(GRAPH_READY)) {
      start();
      return undefined;
    }
    const observer = new MutationObserver(() => {
      if (!document.querySelector(GRAPH_READY)) return;
      stop();
      start();
    });
    const timer = window.setTimeout(() => {
      stop();
      start();
    }, GRAPH_WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-graph-ready'],
    });
    return stop;
  }, [waitForGraph, loadDetails]);
}
