import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphLabels } from '../features/graph/GraphLabels';

import { graphLabels } from './graphLabels';

/** The graph's strings in the current language; a new object only when the language or the edition shown changes. */
export function useGraphLabels(edition: string): GraphLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // `t` follows the language; listing `language` makes the dependency explicit.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => graphLabels(t, edition), [t, language, edition]);
}
