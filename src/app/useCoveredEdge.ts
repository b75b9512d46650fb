import { type RefObject, useEffect, useRef, useState } from 'react';

import { type Insets, NO_INSETS } from '../features/graph/viewport';

/** The graph's canvas (the element GraphView draws into). */
const CANVAS = '[data-graph-ready]';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How much of the canvas a panel over it covers: a panel across (nearly) its whole width is a sheet over its bottom
 * edge, a narrower one covers its right-hand side. Nothing when they do not overlap.
 */
export function coveredEdges(canvas: Box, panel: Box): Insets {
  const across = Math.min(canvas.right, panel.right) - Math.max(canvas.left, panel.left);
  const down = Math.min(canvas.bottom, panel.bottom) - Math.max(canvas.top, panel.top);
  if (across <= 0 || down <= 0) return NO_INSETS;
  return across >= (canvas.right - canvas.left) * 0.9
    ? { right: 0, bottom: Math.round(canvas.bottom - Math.max(panel.top, canvas.top)) }
    : { right: Math.round(canvas.right - Math.max(panel.left, canvas.left)), bottom: 0 };
}

/**
 * How much of the graph a panel laid over it covers (the details: beside it on a wide screen, a sheet over its
 * bottom on a phone), followed as the panel resizes and, for a sheet that stays put while the page scrolls, once the
 * page comes to rest. Nothing while the panel is not over the graph.
 */
export function useCoveredEdge(panel: RefObject<HTMLElement | null>, over: boolean): Insets {
  const [measured, setMeasured] = useState<Insets>(NO_INSETS);
  const last = useRef<Insets>(NO_INSETS);
  useEffect(() => {
    const element = panel.current;
    if (!over || !element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const canvas = document.querySelector(CANVAS);
      const next = canvas
        ? coveredEdges(canvas.getBoundingClientRect(), element.getBoundingClientRect())
        : NO_INSETS;
      // Compared here, not in a state updater: the observer reports the panel each time it comes over the graph (each
      // selection), mostly at the size it had, and an update that changes nothing still rendered the whole page again
      // whenever React had other work pending, in the frame after the selection's.
      if (next.right === last.current.right && next.bottom === last.current.bottom) return;
      last.current = next;
      setMeasured(next);
    };
    // The observer reports the size once when it starts observing, then on every change.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('scrollend', measure);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('scrollend', measure);
      window.removeEventListener('resize', measure);
    };
  }, [panel, over]);
  return over ? measured : NO_INSETS;
}
