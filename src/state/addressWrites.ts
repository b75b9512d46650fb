import { afterNextPaint, type Schedule } from './afterNextPaint';

/** Moves the browser to `search` (`''` or `?…`): a new history entry, or in place of the current one. */
export type Navigate = (search: string, options: { replace: boolean }) => void;

/**
 * Address-bar updates, held back until the frame that shows the change has been painted: writing the address costs
 * a few milliseconds (the router's update and the renders it sets off, the browser's own bookkeeping, which even
 * reloads the page's icon) that the change on screen need not wait for. Of several quick updates in place (filters,
 * search text, language…) only the last is written; a new entry (a selection) is written in its turn, after what
 * came before it, so going back returns to the view as it was.
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

export function deferredAddressWrites(write: Navigate, schedule: Schedule = afterNextPaint): AddressWrites {
  let held: Write[] = [];
  let cancel: (() => void) | null = null;

  const discard = () => {
    cancel?.();
    cancel = null;
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
      // An update in place changes what is held back last: the update before it, or the new entry it follows.
      if (replace && last) last.search = search;
      else held.push({ search, replace });
      cancel ??= schedule(flush);
    },
    flush,
    discard,
    holdsBack: () => held.length > 0,
  };
}
