import { useCallback, useSyncExternalStore } from 'react';

const queryList = (query: string) => (typeof window === 'undefined' ? undefined : window.matchMedia?.(query));

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
