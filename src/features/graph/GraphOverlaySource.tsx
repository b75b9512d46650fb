import { useEffect } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeResult } from '../../model/scope/evaluate';

import { type GraphOverlay, useGraphOverlay } from './useGraphOverlay';

interface GraphOverlaySourceProps {
  index: GraphIndex;
  scopeResult: ScopeResult;
  onOverlay(overlay: GraphOverlay | null): void;
}

/**
 * Works out the overlay of the role, the scope and the active layer and hands it up. Loaded only while one of
 * them applies, so the first view carries none of their data and strings.
 */
export default function GraphOverlaySource({ index, scopeResult, onOverlay }: GraphOverlaySourceProps) {
  const overlay = useGraphOverlay(index, scopeResult);
  useEffect(() => onOverlay(overlay), [overlay, onOverlay]);
  useEffect(() => () => onOverlay(null), [onOverlay]);
  return null;
}
