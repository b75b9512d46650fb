import { afterNextPaint, type Schedule } from './afterNextPaint';

/** Moves the browser to `search` (`''` or `?…`): a new history entry, or in place of the current one. */
export type Navigate = (search: string, options: { replace: boolean }) => void;

/**
 * Address-bar updates, held back until the frame that shows the change has been painted: writing the address costs
 * a few milliseconds (the router's update and the renders it sets off, the browser's own bookkeeping, which even
 * fetches and decodes the page's icon again) that the change on screen need not wait for. A new entry (a selection)
 * is written after that frame, in its turn after what came before it, so going back returns to the view as it was.
 * Updates in place (filters, search text, scope answers…) wait until the view has rested for `REST_MS`, and only the
 * last of a quick run of them is written: written after each frame, a write landed in the next change's time (a
 * filter change measured 0.84 × with the wait; docs/performance.md). What is held back is written as soon as the
 * window loses focus (to the address bar, say), so a link copied from there holds the view as it is. Not when the
 * page is left: a write in `beforeunload` cancels a Back press in Chromium, and `pagehide` comes too late; a reload
 * or a page left within the quarter-second after an update in place keeps the address of before it.
 */
export interface AddressWrites {
  navigate: Navigate;
  /** Writes what is held back now: before the address is read or copied. */
  flush(): void;
  /** Drops what is held back: the browser has moved to another entry (back or forward), or the page is closing. */
  discard(): void;
  /** Whether an update is held back: the view is then ahead of the address bar. */
  holdsBack(): boolean;
}

interface Write {
  search: string;
  replace: boolean;
}

/** How long the view stays as it is before an update in place is written. */
export const REST_MS = 250;

/** After the next painted frame, once `REST_MS` more have passed. */
const afterRest: Schedule = (run) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancelPaint = afterNextPaint(() => {
    timer = setTimeout(run, REST_MS);
  });
  return () => {
    cancelPaint();
    clearTimeout(timer);
  };
};

/** Calls `flush` when the window loses focus, while something is held back; the function returned stops. */
export type OnBlur = (flush: () => void) => () => void;

const flushOnBlur: OnBlur = (flush) => {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener('blur', flush);
  return () => window.removeEventListener('blur', flush);
};

export interface WriteTimes {
  /** When a new entry is written. */
  afterPaint: Schedule;
  /** When updates in place are written. */
  atRest: Schedule;
  onBlur: OnBlur;
}

const BROWSER_TIMES: WriteTimes = { afterPaint: afterNextPaint, atRest: afterRest, onBlur: flushOnBlur };

export function deferredAddressWrites(write: Navigate, times: WriteTimes = BROWSER_TIMES): AddressWrites {
  let held: Write[] = [];
  let cancel: (() => void) | null = null;
  let stopListening: (() => void) | null = null;

  const discard = () => {
    cancel?.();
    cancel = null;
    stopListening?.();
    stopListening = null;
    held = [];
  };
  const flush = () => {
    const writes = held;
    discard();
    for (const { search, replace } of writes) write(search, { replace });
  };

  return {
    navigate(search, { replace }) {
      const last = held.at(-1);
      // Nothing held, or updates in place only: no write waits for the next frame yet.
      const noEntryHeld = held.every((entry) => entry.replace);
      // An update in place changes what is held back last: the update before it, or the new entry it follows.
      if (replace && last) last.search = search;
      else held.push({ search, replace });
      if (held.every((entry) => entry.replace)) {
        // Updates in place only: each one starts the wait again, so a quick run of them is written once.
        cancel?.();
        cancel = times.atRest(flush);
      } else if (noEntryHeld) {
        // A new entry is written after the next frame, with any update held back before it.
        cancel?.();
        cancel = times.afterPaint(flush);
      }
      stopListening ??= times.onBlur(flush);
    },
    flush,
    discard,
    holdsBack: () => held.length > 0,
  };
}
