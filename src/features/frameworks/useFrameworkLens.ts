import { useEffect, useMemo } from 'react';

import { type LensOutcome, viewThroughLens } from '../../model/frameworks/lens';
import type { GraphIndex } from '../../model/graphIndex';
import type { VisibleSubgraph } from '../../model/visibility';
import type { FrameworksStatus } from '../../state/frameworksStore';
import { useViewStore } from '../../state/viewStore';

import { useFrameworkData } from './useFrameworkData';

export interface FrameworkLensView<V extends VisibleSubgraph> {
  /** What the views show: through the lens once its data is loaded, else as the filters leave it. */
  visible: V;
  /** The lens's data while it loads or fails; null without a lens. */
  status: FrameworksStatus | null;
  outcome: LensOutcome<V> | null;
  retry(): void;
}

/**
 * The framework lens of the address applied to what the filters and the scope show. A lens in the address fetches
 * the framework data; an item written in another case (`ART14`) is rewritten as the data spells it.
 */
export function useFrameworkLens<V extends VisibleSubgraph>(
  index: GraphIndex,
  visible: V,
): FrameworkLensView<V> {
  const lens = useViewStore((state) => state.view.framework);
  const setFramework = useViewStore((state) => state.setFramework);
  const [status, retry] = useFrameworkData(index, lens !== null);
  const frameworks = status.status === 'ready' ? status.frameworks : null;
  const outcome = useMemo(
    () => (lens && frameworks ? viewThroughLens(index, frameworks, lens, visible) : null),
    [index, frameworks, lens, visible],
  );
  const canonicalItem = outcome?.kind === 'applied' ? outcome.item?.id : undefined;
  useEffect(() => {
    if (lens && canonicalItem && canonicalItem !== lens.item) setFramework({ ...lens, item: canonicalItem });
  }, [lens, canonicalItem, setFramework]);
  // One object while nothing changes, so the controls given it are not drawn again on every render of the page.
  const shownStatus = lens ? status : null;
  return useMemo(
    () => ({ visible: outcome?.visible ?? visible, status: shownStatus, outcome, retry }),
    [outcome, visible, shownStatus, retry],
  );
}
