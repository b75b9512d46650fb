import { useEffect, useState } from 'react';

import { useFirstViewStore } from '../../state/firstViewStore';

/** Should the first view never be shown (the graph failed, say), what waits for it comes after this long anyway. */
const FIRST_VIEW_WAIT_MS = 3000;

/** True once the first view is on screen, when `wait` is false, or after a while in any case. */
export function useAfterFirstView(wait: boolean): boolean {
  const shown = useFirstViewStore((state) => state.shown);
  const [waitedLongEnough, setWaitedLongEnough] = useState(false);
  const waiting = wait && !shown;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => setWaitedLongEnough(true), FIRST_VIEW_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, [waiting]);
  return !waiting || waitedLongEnough;
}
