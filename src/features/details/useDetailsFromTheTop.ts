import { type RefObject, useLayoutEffect, useRef } from 'react';

/** Room below the panel's top for its kind and title: less than this in view, and the page scrolls to it. */
const HEADING_ROOM = 160;

/**
 * A ref for the details panel, whose newly selected node is read from its start. The panel scrolls back to its top
 * (else a link followed from far down one node's details opens the next one halfway). When the panel's top is out
 * of sight, or nearly so, the page brings it into view: on a narrow screen it sits below the filters, the list and
 * the graph, and a selection made there, or by a link, would otherwise show nothing.
 *
 * Both happen in the next animation frame, before it is painted: reading where the panel is lays the page out, and
 * done at once it would lay it out twice (again in the frame, after the rest of the selection's changes).
 */
export function useDetailsFromTheTop(nodeId: string | null): RefObject<HTMLElement | null> {
  const panel = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (nodeId === null) return;
    const frame = requestAnimationFrame(() => {
      const element = panel.current;
      if (!element) return;
      element.scrollTop = 0;
      const { top } = element.getBoundingClientRect();
      if (top < 0 || top > window.innerHeight - HEADING_ROOM) element.scrollIntoView?.({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [nodeId]);
  return panel;
}
