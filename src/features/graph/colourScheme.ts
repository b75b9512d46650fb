import { useMediaQuery } from '../common/useMediaQuery';

import type { ColourScheme } from './palette';

/** The page's colour scheme, following the system setting as it changes. */
export function useColourScheme(): ColourScheme {
  return useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}
