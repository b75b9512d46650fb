import { isFolded } from '../../model/graphPicture';
import { useViewStore } from '../../state/viewStore';

import type { GraphLabels } from './GraphLabels';

/**
 * The graph's own view options, kept in the address like the filters: folding the general controls into their
 * boxes (automatic while filtering) and drawing every relation rather than those of the emphasised node.
 */
export function GraphDisplayToggles({
  labels,
  narrowed,
  keepsLayout = false,
  canFold,
}: {
  labels: GraphLabels;
  /** Whether the view is narrowed to an answer (the general controls then fold unless asked not to). */
  narrowed: boolean;
  /** Whether the picture keeps one layout (a very large catalogue): the general controls then fold only when asked. */
  keepsLayout?: boolean;
  /** Whether there are general controls to fold. */
  canFold: boolean;
}) {
  const fold = useViewStore((state) => state.view.fold);
  const relations = useViewStore((state) => state.view.relations);
  const { setFold, setRelations } = useViewStore.getState();
  const folded = isFolded(fold, narrowed, keepsLayout);
  // Back to `auto` when that gives what was asked, so the address keeps its default.
  const toggleFold = () => {
    const wanted = !folded;
    setFold(isFolded('auto', narrowed, keepsLayout) === wanted ? 'auto' : wanted ? 'folded' : 'open');
  };
  return (
    <>
      {canFold && (
        <button type="button" aria-pressed={folded} onClick={toggleFold}>
          {labels.foldGeneral}
        </button>
      )}
      <button
        type="button"
        aria-pressed={relations === 'all'}
        onClick={() => setRelations(relations === 'all' ? 'focus' : 'all')}
      >
        {labels.allRelations}
      </button>
    </>
  );
}
