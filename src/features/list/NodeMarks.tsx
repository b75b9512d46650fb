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

/**
 * What the lists mark beside a node: the active layer's annotations and the chosen role's focus. The same object
 * while neither changes, so memoised rows stay untouched.
 */
export function useNodeMarks(index: GraphIndex): NodeMarksState {
  const layer = useLayers(selectActiveLayer);
  const role = useViewStore((state) => state.view.role);
  const roleFocus = useMemo(() => (role ? roleHighlights(index, role) : new Set<string>()), [index, role]);
  return useMemo(() => ({ layer, roleFocus }), [layer, roleFocus]);
}

/**
 * A control's status and a rated threat's risk (while a layer is active) and the role-focus marker, as text.
 * Translation hooks run only in the marks that are drawn: a list of thousands of rows mostly has none.
 */
export function NodeMarks({ marks, node }: { marks: NodeMarksState; node: NavNode }) {
  const score = node.kind === 'threat' ? riskScore(threatAnnotation(marks.layer, node.id)) : null;
  return (
    <>
      {marks.layer && node.kind === 'control' && <StatusBadge status={statusOf(marks.layer, node.id)} />}
      {score !== null && <RiskBadge score={score} />}
      {marks.roleFocus.has(node.id) && <RoleFocusMark />}
    </>
  );
}

function RiskBadge({ score }: { score: number }) {
  const { t } = useFeatureT(layerStrings);
  const level = riskLevel(score);
  return (
    <span className={`risk-badge risk-badge--${level}`} data-risk={level}>
      {t('editor.risk', { score, level: t(`riskLevel.${level}`) })}
    </span>
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
