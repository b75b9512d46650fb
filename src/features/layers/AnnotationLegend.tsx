import './layers.css';

import { useId } from 'react';

import { CONTROL_STATUSES } from '../../model/layers/layerVocabulary';
import { RISK_LEVELS } from '../../model/layers/risk';
import { useFeatureT } from '../scope/featureStrings';

import { RISK_COLOURS, STATUS_COLOURS } from './overlay';
import { STATUS_SYMBOLS } from './StatusBadge';
import { layerStrings } from './strings';

/** The legend of a layer's marks on the graph: control statuses and threat risk levels, symbol and colour. */
export function AnnotationLegend() {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  return (
    <section className="annotation-legend" aria-labelledby={id}>
      <h3 id={id}>{t('legend.heading')}</h3>
      <ul>
        {CONTROL_STATUSES.map((status) => (
          <li key={status}>
            <span
              className="annotation-legend__mark"
              style={{ borderColor: STATUS_COLOURS[status] }}
              aria-hidden="true"
            >
              {STATUS_SYMBOLS[status]}
            </span>
            {t(`status.${status}`)}
          </li>
        ))}
        {RISK_LEVELS.map((level) => (
          <li key={level}>
            <span
              className="annotation-legend__mark"
              style={{ borderColor: RISK_COLOURS[level] }}
              aria-hidden="true"
            >
              !
            </span>
            {t('legend.risk', { level: t(`riskLevel.${level}`) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
