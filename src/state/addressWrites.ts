import { afterNextPaint, type Schedule } from './afterNextPaint';

/** Moves the browser to `search` (`''` or `?…`): a new history entry, or in place of the current one. */
export type Navigate = (search: string, options: { replace: boolean }) => void;

/**
 * Address-bar updates, held back where they can wait. An update in place (filters, search text, language…) is
 * written once the frame that shows the change has been painted, and of several quick ones only the last: writing
 * the address costs a few milliseconds (the router's update, and the browser's own bookkeeping, which even reloads
 * the page's icon) that the change on screen need not wait for. A new entry (a selection) is written at once, after
 * any held-back update, so going back returns to the view as it was.
 */
export interface AddressWrites {
  navigate: Navigate;
  /** Writes a held-back update now: before the address is read or copied. */
  flush(): void;
  /** Drops a held-back update: the browser has moved to another entry (back or forward), or the page is closing. */
  discard(): void;
  /** Whether an update is held back: the view is then ahead of the address bar. */
  holdsBack(): boolean;
}

export function deferredAddressWrites(write: Navigate, schedule: Schedule = afterNextPaint): AddressWrites {
  let pending: string | null = null;
  let cancel: (() => void) | null = null;

  const discard = () => {
    cancel?.();
    cancel = null;
    pending = null;
  };
  const flush = () => {
    const search = pending;
    discard();
    if (search !== null) write(search, { replace: true });
  };

  return {
    navigate(search, { replace }) {
      if (!replace) {
        flush();
        write(search, { replace: false });
        return;
      }
      pending = search;
      cancel ??= schedule(flush);
    },
    flush,
    discard,
    holdsBack: () => pending !== null,
  };
}
