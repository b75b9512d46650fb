import { useId, useState } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { MAX_NAME_LENGTH } from '../../model/layers/layerVocabulary';
import type { ScopeAnswers } from '../../model/scope/questions';
import { useFeatureT } from '../scope/featureStrings';

import { useLayerStoreApi } from './layerStoreContext';
import { dataVersionOf } from './newLayer';
import { layerStrings } from './strings';

interface CreateLayerFormProps {
  index: GraphIndex;
  /** The scope answers the new layer records. */
  scope?: ScopeAnswers;
  onDone(message: string): void;
}

/** A name field and a button: adds an empty layer, which becomes the active one. */
export function CreateLayerForm({ index, scope, onDone }: CreateLayerFormProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const api = useLayerStoreApi();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);

  return (
    <form
      className="create-layer"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
        if (trimmed === '') {
          setMissing(true);
          return;
        }
        const created = api.getState().createLayer({
          name: trimmed,
          dataVersion: dataVersionOf(index),
          ...(scope ? { scope } : {}),
        });
        if (created === null) return;
        setName('');
        setMissing(false);
        onDone(t('manager.created', { name: trimmed }));
      }}
    >
      <label htmlFor={id}>{t('manager.createLabel')}</label>
      <div className="create-layer__row">
        <input
          id={id}
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          placeholder={t('manager.createPlaceholder')}
          autoComplete="off"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button">
          {t('manager.create')}
        </button>
      </div>
      {missing && (
        <p id={`${id}-missing`} className="field-error">
          {t('manager.nameMissing')}
        </p>
      )}
    </form>
  );
}
