import './layers.css';

import { useEffect, useId, useState } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { useFeatureT } from '../scope/featureStrings';

import { ImportReview } from './ImportReview';
import { type LayerLoad, loadLayerFromUrl } from './loadLayerFromUrl';
import { layerStrings } from './strings';

interface SharedLayerPromptProps {
  /** The `layer` URL parameter: the address of a layer file. */
  url: string;
  index: GraphIndex;
  /**
   * The layer was added or replaced one (with what happened, for a status line), or the user declined or it
   * could not be loaded (null). The caller removes `layer` from the URL, so that a reload does not ask again.
   */
  onDone(message: string | null): void;
  /** For tests; default: the browser's fetch. */
  fetch?: typeof globalThis.fetch;
}

/**
 * A layer shared by link (`?layer=<url>`): loads it, then asks before adding it (nothing is added or replaced
 * without a click). A layer that cannot be loaded or read is reported with the reasons.
 */
export function SharedLayerPrompt({ url, index, onDone, fetch }: SharedLayerPromptProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const [load, setLoad] = useState<{ url: string; result: LayerLoad } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void loadLayerFromUrl(url, { index, signal: controller.signal, ...(fetch ? { fetch } : {}) }).then(
      (result) => {
        if (!controller.signal.aborted) setLoad({ url, result });
      },
    );
    return () => controller.abort();
  }, [url, index, fetch]);

  const result = load?.url === url ? load.result : null;
  return (
    <section className="notice shared-layer" aria-labelledby={id} data-testid="shared-layer">
      <div>
        <h2 id={id} className="notice__heading">
          {t('shared.heading')}
        </h2>
        <p role="status">{result === null ? t('shared.loading', { url }) : ''}</p>
        {result !== null && !result.ok && (
          <div role="alert">
            <p>{t('shared.failed', { url: result.url })}</p>
            <ul>
              {result.errors.map((error, i) => (
                <li key={i}>
                  <code>{error}</code>
                </li>
              ))}
            </ul>
            <button type="button" className="button" onClick={() => onDone(null)}>
              {t('shared.dismiss')}
            </button>
          </div>
        )}
        {result?.ok && (
          <ImportReview read={result} source={result.url} onDone={onDone} onCancel={() => onDone(null)} />
        )}
      </div>
    </section>
  );
}
