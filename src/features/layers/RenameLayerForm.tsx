import { useEffect, useId, useRef, useState } from 'react';

import { MAX_NAME_LENGTH } from '../../model/layers/layerVocabulary';
import { useFeatureT } from '../scope/featureStrings';

import { layerStrings } from './strings';

interface RenameLayerFormProps {
  name: string;
  onRename(name: string): void;
  onCancel(): void;
}

/** The new name, in place of the layer's name; Escape or cancel keeps the old one. */
export function RenameLayerForm({ name, onRename, onCancel }: RenameLayerFormProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(name);
  useEffect(() => input.current?.select(), []);
  return (
    <form
      className="rename-layer"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = value.trim().slice(0, MAX_NAME_LENGTH);
        if (trimmed === '') return;
        onRename(trimmed);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={id}>{t('manager.renameLabel', { name })}</label>
      <div className="create-layer__row">
        <input
          ref={input}
          id={id}
          type="text"
          value={value}
          required
          maxLength={MAX_NAME_LENGTH}
          autoComplete="off"
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button">
          {t('manager.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('manager.cancel')}
        </button>
      </div>
    </form>
  );
}
