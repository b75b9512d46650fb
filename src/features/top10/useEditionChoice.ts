import { useTranslation } from 'react-i18next';

import { counterpartIn, DEFAULT_LLM_EDITION, type LlmEdition, llmEditionOf } from '../../model/editions';
import { useDataStore } from '../../state/dataStore';
import { useViewStore } from '../../state/viewStore';

/**
 * The LLM Top 10 edition shown, and how to show another: a selected LLM item gives way to the item it became (or
 * came from) in that edition, or to nothing when the risk has no item there; any other selection stays.
 */
export function useEditionChoice(): {
  edition: LlmEdition;
  choose(next: LlmEdition): void;
  /** The name of an edition in a choice: `2026 (latest)`, `2025`. */
  label(edition: LlmEdition): string;
} {
  const { t } = useTranslation();
  const edition = useViewStore((state) => state.view.filters.edition);
  const setEdition = useViewStore((state) => state.setEdition);
  const index = useDataStore((state) => (state.data.status === 'ready' ? state.data.index : null));
  return {
    edition,
    label: (option) =>
      t(option === DEFAULT_LLM_EDITION ? 'top10.editionOptionLatest' : 'top10.editionOption', {
        edition: option,
      }),
    choose(next) {
      const selected = useViewStore.getState().view.node;
      const llmItem = selected !== null && llmEditionOf(selected) !== undefined;
      setEdition(next, llmItem && index ? counterpartIn(index, selected, next) : selected);
    },
  };
}
