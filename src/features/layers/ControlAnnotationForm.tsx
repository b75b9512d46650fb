import './layers.css';

import { useId } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { controlAnnotation } from '../../model/layers/annotations';
import { CONTROL_STATUSES, type ControlStatus, MAX_OWNER_LENGTH } from '../../model/layers/layerVocabulary';
import type { ControlAnnotation } from '../../model/layers/schema';
import type { ScopeAnswers } from '../../model/scope/questions';
import { useFeatureT } from '../scope/featureStrings';

import { NoteField } from './NoteField';
import { layerStrings } from './strings';
import { useAnnotationTarget } from './useAnnotationTarget';

interface ControlAnnotationFormProps {
  index: GraphIndex;
  controlId: string;
  /** Recorded in the layer the first annotation creates, when no layer is active. */
  scope?: ScopeAnswers;
}

/**
 * For the details panel of a control: its status, owner and note in the active layer, saved as they are typed.
 * Nothing for other nodes (control groups are annotated through their controls).
 */
export function ControlAnnotationForm({ index, controlId, scope }: ControlAnnotationFormProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const { api, layer, newLayer, where } = useAnnotationTarget(index, scope);
  if (index.node(controlId)?.kind !== 'control') return null;

  const current: ControlAnnotation = controlAnnotation(layer, controlId) ?? { status: 'unknown' };
  const save = (change: Partial<ControlAnnotation>) =>
    api.getState().setControlAnnotation(controlId, { ...current, ...change }, newLayer);

  return (
    <section className="annotation-editor" aria-labelledby={`${id}-heading`} data-testid="control-annotation">
      <h3 id={`${id}-heading`}>{t('editor.control')}</h3>
      <p className="hint">{where}</p>
      <div className="annotation-editor__field">
        <label htmlFor={`${id}-status`}>{t('editor.status')}</label>
        <select
          id={`${id}-status`}
          value={current.status}
          onChange={(event) => save({ status: event.target.value as ControlStatus })}
        >
          {CONTROL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="annotation-editor__field">
        <label htmlFor={`${id}-owner`}>{t('editor.owner')}</label>
        <input
          id={`${id}-owner`}
          type="text"
          value={current.owner ?? ''}
          maxLength={MAX_OWNER_LENGTH}
          autoComplete="off"
          onChange={(event) => save({ owner: event.target.value.slice(0, MAX_OWNER_LENGTH) })}
        />
      </div>
      <NoteField id={id} value={current.note} onChange={(note) => save({ note })} />
    </section>
  );
}
