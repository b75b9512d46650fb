import { counterpartIn, type LlmEdition, llmEditionOf } from '../../model/editions';
import { useDataStore } from '../../state/dataStore';
import { useViewStore } from '../../state/viewStore';

/**
 * The LLM Top 10 edition shown, and how to show another: a selected LLM item gives way to the item it became (or
 * came from) in that edition, or to nothing when the risk has no item there; any other selection stays.
 */
export function useEditionChoice(): { edition: LlmEdition; choose(next: LlmEdition): void } {
  const edition = useViewStore((state) => state.view.filters.edition);
  const setEdition = useViewStore((state) => state.setEdition);
  const index = useDataStore((state) => (state.data.status === 'ready' ? state.data.index : null));
  return {
    edition,
    choose(next) {
      const selected = useViewStore.getState().view.node;
      const llmItem = selected !== null && llmEditionOf(selected) !== undefined;
      setEdition(next, llmItem && index ? counterpartIn(index, selected, next) : selected);
    },
  };
}
