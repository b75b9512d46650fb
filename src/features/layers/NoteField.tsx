import { MAX_NOTE_LENGTH } from '../../model/layers/layerVocabulary';
import { useFeatureT } from '../scope/featureStrings';

import { layerStrings } from './strings';

interface NoteFieldProps {
  /** Prefix of the field's element ids, unique on the page. */
  id: string;
  value: string | undefined;
  onChange(note: string): void;
}

/** The free-text note of an annotation, capped at the layer format's limit. */
export function NoteField({ id, value, onChange }: NoteFieldProps) {
  const { t } = useFeatureT(layerStrings);
  return (
    <div className="annotation-editor__field">
      <label htmlFor={`${id}-note`}>{t('editor.note')}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        value={value ?? ''}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={`${id}-note-hint`}
        onChange={(event) => onChange(event.target.value.slice(0, MAX_NOTE_LENGTH))}
      />
      <p id={`${id}-note-hint`} className="hint">
        {t('editor.noteHint')}
      </p>
    </div>
  );
}
