import { lazy, type ReactNode, Suspense, useState } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeResult } from '../../model/scope/evaluate';
import { useAtlasOverlayStore } from '../../state/atlasOverlayStore';
import { selectActiveLayer } from '../../state/layerStore';
import { useViewStore } from '../../state/viewStore';
import { useLayers } from '../layers/layerStoreContext';

import type { GraphOverlay } from './useGraphOverlay';

const GraphOverlaySource = lazy(() => import('./GraphOverlaySource'));

/**
 * The graph's overlay (undefined while none applies or while its code loads) and the element that computes it,
 * to be rendered anywhere under the layer store.
 */
export function useLazyGraphOverlay(
  index: GraphIndex,
  scopeResult: ScopeResult,
): [GraphOverlay | undefined, ReactNode] {
  const [overlay, setOverlay] = useState<GraphOverlay | null>(null);
  const hasLayer = useLayers(selectActiveLayer) !== null;
  const hasRole = useViewStore((state) => state.view.role) !== null;
  const hasAtlas = useAtlasOverlayStore((state) => state.overlay !== null);
  const needed = hasLayer || hasRole || hasAtlas || scopeResult.threats.size > 0;
  const source = needed && (
    <Suspense fallback={null}>
      <GraphOverlaySource index={index} scopeResult={scopeResult} onOverlay={setOverlay} />
    </Suspense>
  );
  return [needed ? (overlay ?? undefined) : undefined, source];
}
