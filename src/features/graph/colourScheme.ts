import { useSyncExternalStore } from 'react';

import type { ColourScheme } from './palette';

const DARK = '(prefers-color-scheme: dark)';

const darkQuery = () => (typeof window === 'undefined' ? undefined : window.matchMedia?.(DARK));

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener?.('change', onChange);
  return () => query?.removeEventListener?.('change', onChange);
}

/** The page's colour scheme, following the system setting as it changes. */
export function useColourScheme(): ColourScheme {
  return useSyncExternalStore(
    subscribe,
    () => (darkQuery()?.matches ? 'dark' : 'light'),
    () => 'light',
  );
}
