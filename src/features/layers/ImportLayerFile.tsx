import { useId, useState } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { MAX_LAYER_BYTES } from '../../model/layers/layerVocabulary';
import { CodeLines } from '../common/CodeLines';
import { useLatestSetter } from '../common/useLatestSetter';
import { useFeatureT } from '../scope/featureStrings';

import { ImportReview, type ReadLayer } from './ImportReview';
import { readFileHead } from './readBlobBytes';
import { readLayerBytes } from './readLayerBytes';
import { layerStrings } from './strings';

type Reading =
  | { state: 'idle' }
  | { state: 'reading'; file: string }
  | { state: 'failed'; file: string; errors: readonly string[] }
  | { state: 'review'; file: string; read: ReadLayer };

interface ImportLayerFileProps {
  index: GraphIndex;
  onDone(message: string): void;
}

/**
 * A file picker for layer files. A file that is not a valid layer is refused with messages naming the bad
 * fields and changes nothing; a valid one is shown for review before it is added.
 */
export function ImportLayerFile({ index, onDone }: ImportLayerFileProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  // Only the file chosen last is shown, however long an earlier one takes to read.
  const start = useLatestSetter(setReading);

  const read = async (file: File) => {
    const show = start();
    show({ state: 'reading', file: file.name });
    const head = await readFileHead(file, MAX_LAYER_BYTES);
    if (!head.ok) {
      show({ state: 'failed', file: file.name, errors: [head.error] });
      return;
    }
    // A large file is read in a worker: the page stays responsive, whatever the file holds.
    const result = await readLayerBytes(head.bytes, index);
    show(
      result.ok
        ? { state: 'review', file: file.name, read: result }
        : { state: 'failed', file: file.name, errors: result.errors },
    );
  };

  return (
    <div className="import-layer">
      <label htmlFor={id}>{t('importFile.label')}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear the picker so that choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('importFile.hint')}
      </p>
      {reading.state === 'reading' && <p role="status">{t('importFile.reading', { file: reading.file })}</p>}
      {reading.state === 'failed' && (
        <div role="alert" className="import-layer__errors">
          <p>{t('importFile.failed', { file: reading.file })}</p>
          <CodeLines lines={reading.errors} />
        </div>
      )}
      {reading.state === 'review' && (
        <ImportReview
          read={reading.read}
          source={reading.file}
          onDone={(message) => {
            setReading({ state: 'idle' });
            onDone(message);
          }}
          onCancel={() => setReading({ state: 'idle' })}
        />
      )}
    </div>
  );
}
