import './atlasLayers.css';

import { useId, useMemo, useState } from 'react';

import {
  exportAttackLayer,
  ratedTechniques,
  serializeAttackLayer,
} from '../../model/attackLayers/exportAttackLayer';
import { matchAttackLayer } from '../../model/attackLayers/matchAttackLayer';
import { type AttackLayerProblem, readAttackLayer } from '../../model/attackLayers/readAttackLayer';
import { MAX_LAYER_BYTES } from '../../model/layers/layerVocabulary';
import type { Layer } from '../../model/layers/schema';
import { useAtlasOverlayStore } from '../../state/atlasOverlayStore';
import { useDataStore } from '../../state/dataStore';
import { CodeLines } from '../common/CodeLines';
import { useLatestSetter } from '../common/useLatestSetter';
import { downloadFile } from '../exports/downloadFile';
import { datedFileName } from '../exports/fileNames';
import { readFileHead } from '../layers/readBlobBytes';
import { useFeatureT } from '../scope/featureStrings';

import { atlasLayerStrings } from './strings';

type Reading =
  | { state: 'idle' }
  | { state: 'reading'; file: string }
  | { state: 'failed'; file: string; problem: AttackLayerProblem | 'unreadable'; errors: readonly string[] }
  | { state: 'shown'; name: string };

interface AtlasLayersSectionProps {
  /** The active annotation layer, or null. */
  layer: Layer | null;
  /** Level of the section's heading. Default 3. */
  headingLevel?: 2 | 3;
  /** The date in the file name; default: today. */
  now?(): Date;
}

/**
 * ATT&CK Navigator layers for MITRE ATLAS on the layers page: the active layer's risk ratings exported as one, and
 * a Navigator layer opened to be shown over the map (src/features/atlasLayers/AtlasOverlayPanel.tsx).
 */
export function AtlasLayersSection({
  layer,
  headingLevel = 3,
  now = () => new Date(),
}: AtlasLayersSectionProps) {
  const { t, lang } = useFeatureT(atlasLayerStrings);
  const id = useId();
  const details = useDataStore((state) => state.details);
  const loadDetails = useDataStore((state) => state.loadDetails);
  const show = useAtlasOverlayStore((state) => state.show);
  const overlayShown = useAtlasOverlayStore((state) => state.overlay !== null);
  const [saved, setSaved] = useState('');
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  // Only the file chosen last is shown, however long an earlier one takes to read.
  const start = useLatestSetter(setReading);
  const Heading = `h${headingLevel}` as const;

  // How many techniques the export would hold, once the references are loaded.
  const techniqueCount = useMemo(
    () => (layer && details.status === 'ready' ? ratedTechniques(details.dataset.nodes, layer).size : null),
    [layer, details],
  );

  const exportLayer = async () => {
    if (!layer) return;
    const loaded = await loadDetails();
    if (loaded.status !== 'ready') {
      setSaved(t('export.detailsFailed'));
      return;
    }
    const { nodes, upstream } = loaded.dataset;
    const attack = exportAttackLayer({ nodes, upstream, layer, lang });
    const file = datedFileName('atlas-layer', 'json', now(), layer.name);
    downloadFile(serializeAttackLayer(attack), file, 'application/json');
    setSaved(t('export.saved', { file, count: attack.techniques?.length ?? 0 }));
  };

  const open = async (file: File) => {
    const put = start();
    put({ state: 'reading', file: file.name });
    const head = await readFileHead(file, MAX_LAYER_BYTES);
    if (!head.ok) {
      put({ state: 'failed', file: file.name, problem: 'unreadable', errors: [head.error] });
      return;
    }
    const read = readAttackLayer(new TextDecoder().decode(head.bytes));
    if (!read.ok) {
      put({ state: 'failed', file: file.name, problem: read.problem, errors: read.errors });
      return;
    }
    // The ATLAS ids of threats and controls are among their references, in the details.
    const loaded = await loadDetails();
    if (loaded.status !== 'ready') {
      put({ state: 'failed', file: file.name, problem: 'unreadable', errors: [t('export.detailsFailed')] });
      return;
    }
    if (put({ state: 'shown', name: read.layer.name })) {
      show(matchAttackLayer(loaded.dataset.nodes, read.layer), file.name);
    }
  };

  const empty = techniqueCount === 0;
  return (
    <section className="atlas-layers" aria-labelledby={id} data-testid="atlas-layers">
      <Heading id={id}>{t('section.heading')}</Heading>
      <p className="hint">{t('section.intro')}</p>

      <div className="atlas-layers__export">
        {layer ? (
          <>
            <button
              type="button"
              className="button"
              disabled={empty}
              aria-describedby={`${id}-export`}
              onClick={() => void exportLayer()}
            >
              {t('export.button', { name: layer.name })}
            </button>
            <p id={`${id}-export`} className="hint">
              {empty ? t('export.nothing', { name: layer.name }) : t('export.hint')}
            </p>
          </>
        ) : (
          <p className="hint">{t('export.noLayer')}</p>
        )}
        <p role="status" className="atlas-layers__status">
          {saved}
        </p>
      </div>

      <div className="atlas-layers__import">
        <label htmlFor={`${id}-file`}>{t('import.label')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again reads it again.
            event.target.value = '';
            if (file) void open(file);
          }}
        />
        <p id={`${id}-file-hint`} className="hint">
          {t('import.hint')}
        </p>
        {reading.state === 'reading' && <p role="status">{t('import.reading', { file: reading.file })}</p>}
        {reading.state === 'shown' && overlayShown && (
          <p role="status">{t('import.shown', { name: reading.name })}</p>
        )}
        {reading.state === 'failed' && (
          <div role="alert" className="atlas-layers__errors">
            <p>
              {t('import.failed', { file: reading.file })}{' '}
              {reading.problem !== 'unreadable' && t(`import.problem.${reading.problem}`)}
            </p>
            <details>
              <summary>{t('import.detail')}</summary>
              <CodeLines lines={reading.errors} />
            </details>
          </div>
        )}
      </div>
    </section>
  );
}
