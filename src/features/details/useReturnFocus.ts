import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef } from 'react';

/** Marks the graph's canvas (and whatever stands in for it). */
const GRAPH = '[data-graph-ready]';

/**
 * Where the focus goes when the details close by Escape: back to what opened them. A node opened from the list or a
 * view goes back to its row there (the row of the node now shown, if the panel's links moved on to another, else
 * the opener itself); one opened on the graph goes back to the canvas with the node in focus (`focusOnGraph`, which
 * says whether the graph could); one opened from the search, to the search box. Whatever has gone since falls back
 * to the panel itself.
 */
export function useReturnFocus(
  panel: RefObject<HTMLElement | null>,
  nodeId: string | null,
  focusOnGraph: ((id: string) => boolean) | undefined,
) {
  const opener = useRef<HTMLElement | null>(null);
  // Runs before anything moves the focus: the element that has it is the one that selected the node. A selection
  // made inside the panel (a related node) keeps the first opener.
  useLayoutEffect(() => {
    if (nodeId === null) return;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== document.body && !panel.current?.contains(focused)) {
      opener.current = focused;
    }
  }, [nodeId, panel]);

  return function returnFocus(id: string) {
    const from = opener.current;
    opener.current = null;
    if (from?.isConnected) {
      if (from.closest(GRAPH) && focusOnGraph?.(id)) return;
      const row =
        from.dataset.nodeId === undefined || from.dataset.nodeId === id
          ? from
          : rowIn(from.closest('section, main, nav') ?? document.body, id);
      (row && !panel.current?.contains(row) ? row : from).focus();
      return;
    }
    panel.current?.focus();
  };
}

const rowIn = (region: Element, id: string) =>
  [...region.querySelectorAll<HTMLElement>('[data-node-id]')].find((row) => row.dataset.nodeId === id) ??
  null;

/** Whether a key press is an Escape nothing inside has handled already. */
export const isFreeEscape = (event: KeyboardEvent) =>
  event.key === 'Escape' && !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey;
