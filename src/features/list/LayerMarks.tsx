import { statusOf, threatAnnotation } from '../../model/layers/annotations';
import { riskLevel, riskScore } from '../../model/layers/risk';
import type { Layer } from '../../model/layers/schema';
import type { NavNode } from '../../model/schema';
import { StatusBadge } from '../layers/StatusBadge';
import { layerStrings } from '../layers/strings';
import { useFeatureT } from '../scope/featureStrings';

/**
 * A control's status and a rated threat's risk in the active layer. Loaded with the first active layer, so lists
 * without one carry none of the layer strings.
 */
export default function LayerMarks({ layer, node }: { layer: Layer; node: NavNode }) {
  const score = node.kind === 'threat' ? riskScore(threatAnnotation(layer, node.id)) : null;
  return (
    <>
      {node.kind === 'control' && <StatusBadge status={statusOf(layer, node.id)} />}
      {score !== null && <RiskBadge score={score} />}
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
