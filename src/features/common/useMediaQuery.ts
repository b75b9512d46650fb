import { useCallback, useSyncExternalStore } from 'react';

/**
 * The browser's list for `query`, made once: it follows the query by itself, and asking `matchMedia` anew on every
 * render cost a fraction of a millisecond each time. Kept per `matchMedia` (tests put in their own).
 */
const lists = new WeakMap<typeof window.matchMedia, Map<string, MediaQueryList>>();

function queryList(query: string): MediaQueryList | undefined {
  const matchMedia = typeof window === 'undefined' ? undefined : window.matchMedia;
  if (!matchMedia) return undefined;
  let known = lists.get(matchMedia);
  if (!known) lists.set(matchMedia, (known = new Map()));
  let list = known.get(query);
  if (!list) known.set(query, (list = window.matchMedia(query)));
  return list;
}

/**
 * Whether a media query matches, following it as it changes (a window resized, a system setting switched). False
 * where the browser cannot tell (no `matchMedia`, or rendering outside a browser).
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = queryList(query);
      list?.addEventListener?.('change', onChange);
      return () => list?.removeEventListener?.('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => queryList(query)?.matches ?? false,
    () => false,
  );
}
