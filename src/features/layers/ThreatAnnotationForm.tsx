import './layers.css';

import { useId } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { threatAnnotation } from '../../model/layers/annotations';
import { riskLevel, riskScore } from '../../model/layers/risk';
import type { ThreatAnnotation } from '../../model/layers/schema';
import { isThreat } from '../../model/nodeKinds';
import type { ScopeAnswers } from '../../model/scope/questions';
import { useFeatureT } from '../scope/featureStrings';

import { NoteField } from './NoteField';
import { layerStrings } from './strings';
import { useAnnotationTarget } from './useAnnotationTarget';

interface ThreatAnnotationFormProps {
  index: GraphIndex;
  threatId: string;
  /** Recorded in the layer the first annotation creates, when no layer is active. */
  scope?: ScopeAnswers;
}

/** RATING_MIN to RATING_MAX, as the keys of their labels. */
const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** For the details panel of a threat or threat group: likelihood and impact (1–5), the risk, and a note. */
export function ThreatAnnotationForm({ index, threatId, scope }: ThreatAnnotationFormProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const { api, layer, newLayer, where } = useAnnotationTarget(index, scope);
  const node = index.node(threatId);
  if (!node || !isThreat(node)) return null;

  const current: ThreatAnnotation = threatAnnotation(layer, threatId) ?? {};
  const save = (change: Partial<ThreatAnnotation>) =>
    api.getState().setThreatAnnotation(threatId, { ...current, ...change }, newLayer);
  const score = riskScore(current);

  const rating = (field: 'likelihood' | 'impact') => (
    <div className="annotation-editor__field">
      <label htmlFor={`${id}-${field}`}>{t(`editor.${field}`)}</label>
      <select
        id={`${id}-${field}`}
        value={current[field] === undefined ? '' : String(current[field])}
        onChange={(event) =>
          save({ [field]: event.target.value === '' ? undefined : Number(event.target.value) })
        }
      >
        <option value="">{t('editor.notRated')}</option>
        {RATINGS.map((value) => (
          <option key={value} value={value}>
            {t(`${field}.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="annotation-editor" aria-labelledby={`${id}-heading`} data-testid="threat-annotation">
      <h3 id={`${id}-heading`}>{t('editor.threat')}</h3>
      <p className="hint">{where}</p>
      {rating('likelihood')}
      {rating('impact')}
      <p className={score === null ? 'hint' : `risk-line risk-line--${riskLevel(score)}`}>
        {score === null
          ? t('editor.riskUnrated')
          : t('editor.risk', { score, level: t(`riskLevel.${riskLevel(score)}`) })}
      </p>
      <NoteField id={id} value={current.note} onChange={(note) => save({ note })} />
    </section>
  );
}
