import { MAX_NOTE_LENGTH } from '../../model/layers/layerVocabulary';

interface NoteFieldProps {
  /** Prefix of the field's element ids, unique on the page. */
  id: string;
  value: string | undefined;
  label: string;
  hint: string;
  onChange(note: string): void;
}

/** The free-text note of an annotation, capped at the layer format's limit. */
export function NoteField({ id, value, label, hint, onChange }: NoteFieldProps) {
  return (
    <div className="annotation-editor__field">
      <label htmlFor={`${id}-note`}>{label}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        value={value ?? ''}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={`${id}-note-hint`}
        onChange={(event) => onChange(event.target.value.slice(0, MAX_NOTE_LENGTH))}
      />
      <p id={`${id}-note-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}
