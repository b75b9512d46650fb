import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphIndex } from '../../model/graphIndex';
import type { Layer } from '../../model/layers/schema';
import type { NavNode } from '../../model/schema';
import { useAtlasOverlayStore } from '../../state/atlasOverlayStore';
import { selectActiveLayer } from '../../state/layerStore';
import { useViewStore } from '../../state/viewStore';
import { lazyModule, useLazyModule } from '../common/lazyModule';
import { useLayers } from '../layers/layerStoreContext';

const LayerMarks = lazy(() => import('./LayerMarks'));
const AtlasMark = lazy(() => import('../atlasLayers/AtlasMark'));
/** What each role acts on: loaded with the first role chosen. */
const roles = lazyModule(() => import('../../model/roles/roles'));
const NONE: ReadonlySet<string> = new Set();

export interface NodeMarksState {
  layer: Layer | null;
  roleFocus: ReadonlySet<string>;
  /** Threats and controls an opened ATLAS Navigator layer reaches. */
  atlas: ReadonlySet<string>;
}

/**
 * What the lists mark beside a node: the active layer's annotations, the chosen role's focus and an opened ATLAS
 * layer. The same object
 * while neither changes, so memoised rows stay untouched.
 */
export function useNodeMarks(index: GraphIndex): NodeMarksState {
  const layer = useLayers(selectActiveLayer);
  const role = useViewStore((state) => state.view.role);
  const roleData = useLazyModule(roles, role !== null);
  const roleFocus = useMemo(
    () => (role && roleData ? roleData.roleHighlights(index, role) : NONE),
    [index, role, roleData],
  );
  const atlasOverlay = useAtlasOverlayStore((state) => state.overlay);
  const atlas = useMemo(
    () =>
      atlasOverlay
        ? new Set([...atlasOverlay.threats, ...atlasOverlay.controls].map((match) => match.nodeId))
        : NONE,
    [atlasOverlay],
  );
  return useMemo(() => ({ layer, roleFocus, atlas }), [layer, roleFocus, atlas]);
}

/**
 * A control's status and a rated threat's risk (while a layer is active) and the role-focus marker, as text.
 * Translation hooks run only in the marks that are drawn: a list of thousands of rows mostly has none.
 */
export function NodeMarks({ marks, node }: { marks: NodeMarksState; node: NavNode }) {
  return (
    <>
      {marks.layer && (
        <Suspense fallback={null}>
          <LayerMarks layer={marks.layer} node={node} />
        </Suspense>
      )}
      {marks.roleFocus.has(node.id) && <RoleFocusMark />}
      {marks.atlas.has(node.id) && (
        <Suspense fallback={null}>
          <AtlasMark />
        </Suspense>
      )}
    </>
  );
}

function RoleFocusMark() {
  const { t } = useTranslation();
  return (
    <span className="role-focus-mark" data-role-focus="" title={t('list.roleFocus')}>
      <span aria-hidden="true">★</span>
      <span className="visually-hidden"> ({t('list.roleFocus')})</span>
    </span>
  );
}
