import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphIndex } from '../../model/graphIndex';
import { statusOf, threatAnnotation } from '../../model/layers/annotations';
import { riskLevel, riskScore } from '../../model/layers/risk';
import type { Layer } from '../../model/layers/schema';
import { roleHighlights } from '../../model/roles/roles';
import type { NavNode } from '../../model/schema';
import { selectActiveLayer } from '../../state/layerStore';
import { useViewStore } from '../../state/viewStore';
import { useLayers } from '../layers/layerStoreContext';
import { StatusBadge } from '../layers/StatusBadge';
import { layerStrings } from '../layers/strings';
import { useFeatureT } from '../scope/featureStrings';

export interface NodeMarksState {
  layer: Layer | null;
  roleFocus: ReadonlySet<string>;
}

/** What the lists mark beside a node: the active layer's annotations and the chosen role's focus. */
export function useNodeMarks(index: GraphIndex): NodeMarksState {
  const layer = useLayers(selectActiveLayer);
  const role = useViewStore((state) => state.view.role);
  const roleFocus = useMemo(() => (role ? roleHighlights(index, role) : new Set<string>()), [index, role]);
  return { layer, roleFocus };
}

/** A control's status and a rated threat's risk (while a layer is active) and the role-focus marker, as text. */
export function NodeMarks({ marks, node }: { marks: NodeMarksState; node: NavNode }) {
  const { t } = useTranslation();
  const { t: tLayer } = useFeatureT(layerStrings);
  const score = node.kind === 'threat' ? riskScore(threatAnnotation(marks.layer, node.id)) : null;
  return (
    <>
      {marks.layer && node.kind === 'control' && <StatusBadge status={statusOf(marks.layer, node.id)} />}
      {score !== null && (
        <span className={`risk-badge risk-badge--${riskLevel(score)}`} data-risk={riskLevel(score)}>
          {tLayer('editor.risk', { score, level: tLayer(`riskLevel.${riskLevel(score)}`) })}
        </span>
      )}
      {marks.roleFocus.has(node.id) && (
        <span className="role-focus-mark" data-role-focus="" title={t('list.roleFocus')}>
          <span aria-hidden="true">★</span>
          <span className="visually-hidden"> ({t('list.roleFocus')})</span>
        </span>
      )}
    </>
  );
}
