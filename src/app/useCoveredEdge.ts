import { type RefObject, useEffect, useState } from 'react';

import { type Insets, NO_INSETS } from '../features/graph/viewport';

/**
 * How much of the graph a panel laid over it covers along its right edge, followed as it resizes. Nothing while it
 * is not over the graph (closed, or following it on a narrow screen).
 */
export function useCoveredEdge(panel: RefObject<HTMLElement | null>, over: boolean): Insets {
  const [measured, setMeasured] = useState<Insets>(NO_INSETS);
  useEffect(() => {
    const element = panel.current;
    if (!over || !element || typeof ResizeObserver === 'undefined') return;
    // The observer reports the size once when it starts observing, then on every change.
    const observer = new ResizeObserver(() => {
      const box = element.getBoundingClientRect();
      const sheet = box.width >= window.innerWidth * 0.9;
      setMeasured(
        sheet ? { right: 0, bottom: Math.round(box.height) } : { right: Math.round(box.width), bottom: 0 },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [panel, over]);
  return over ? measured : NO_INSETS;
}
