import { useEffect, useId, useRef } from 'react';

import type { LayerWarning } from '../../model/layers/importLayer';
import type { Layer } from '../../model/layers/schema';
import { selectActiveLayer } from '../../state/layerStore';
import { useFeatureT } from '../scope/featureStrings';

import { useLayers, useLayerStoreApi } from './layerStoreContext';
import { noteText } from './noteText';
import { layerStrings } from './strings';

/** The review lists this many notes at most, with their count: a file may have thousands. */
export const SHOWN_WARNINGS = 10;

export interface ReadLayer {
  layer: Layer;
  warnings: readonly LayerWarning[];
  migratedFrom: number | null;
}

interface ImportReviewProps {
  read: ReadLayer;
  /** The file name or address it came from. */
  source: string;
  /** After the layer was added or replaced one: what happened, for the status line. */
  onDone(message: string): void;
  onCancel(): void;
  /** Default 3. */
  headingLevel?: 3 | 4;
}

/**
 * What a valid layer file holds, before anything changes: add it as a new layer (loses nothing), or replace the
 * active layer (named on the button), or cancel.
 */
export function ImportReview({ read, source, onDone, onCancel, headingLevel = 3 }: ImportReviewProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const api = useLayerStoreApi();
  const activeId = useLayers((state) => state.activeId);
  const active = useLayers(selectActiveLayer);
  const { layer, warnings, migratedFrom } = read;
  useEffect(() => heading.current?.focus(), []);
  const Heading = `h${headingLevel}` as const;

  return (
    <section className="import-review" aria-labelledby={id} data-testid="import-review">
      <Heading id={id} ref={heading} tabIndex={-1}>
        {t('review.heading', { name: layer.name })}
      </Heading>
      <p className="hint">{t('review.source', { source })}</p>
      <p>
        {t('review.summary', {
          controls: Object.keys(layer.controls).length,
          threats: Object.keys(layer.threats).length,
        })}
      </p>
      {migratedFrom !== null && <p>{t('review.migrated', { version: migratedFrom })}</p>}
      {warnings.length > 0 && (
        <>
          <p>{t('review.warnings', { count: warnings.length })}</p>
          <ul className="import-review__warnings">
            {warnings.slice(0, SHOWN_WARNINGS).map((warning, i) => (
              <li key={i}>{noteText(warning, t)}</li>
            ))}
            {warnings.length > SHOWN_WARNINGS && (
              <li>{t('review.moreWarnings', { count: warnings.length - SHOWN_WARNINGS })}</li>
            )}
          </ul>
        </>
      )}
      <div className="import-review__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            if (api.getState().addLayer(layer) !== null) onDone(t('review.added', { name: layer.name }));
          }}
        >
          {t('review.add')}
        </button>
        {active && activeId !== null && (
          <button
            type="button"
            className="button button--danger"
            aria-describedby={`${id}-replace`}
            onClick={() => {
              api.getState().replaceLayer(activeId, layer);
              onDone(t('review.replaced', { name: active.name }));
            }}
          >
            {t('review.replace', { name: active.name })}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </div>
      {active && (
        <p id={`${id}-replace`} className="hint">
          {t('review.replaceHint', { name: active.name })}
        </p>
      )}
    </section>
  );
}
