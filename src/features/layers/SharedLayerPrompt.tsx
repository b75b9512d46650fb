import './layers.css';

import { useEffect, useId, useState } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import { MAX_LAYER_BYTES, MAX_LAYER_ENTRIES } from '../../model/layers/layerVocabulary';
import { useFeatureT } from '../scope/featureStrings';

import { ImportReview } from './ImportReview';
import { type LayerLoad, LOAD_TIMEOUT_MS, loadLayerFromUrl, type LoadProblem } from './loadLayerFromUrl';
import { layerStrings } from './strings';

interface SharedLayerPromptProps {
  /** The `layer` URL parameter: the address of a layer file. */
  url: string;
  index: GraphIndex;
  /**
   * The layer was added or replaced one (with what happened, for a status line), or the user declined, cancelled
   * or it could not be loaded (null). The caller removes `layer` from the URL, so that a reload does not ask again.
   */
  onDone(message: string | null): void;
  /** For tests; default: the browser's fetch. */
  fetch?: typeof globalThis.fetch;
  /** For tests; default: LOAD_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Shown over the top of the graph, as a card, rather than in the page's flow. */
  overGraph?: boolean;
}

/** Problems that may go away by themselves: the prompt offers to try again. */
const PASSING: ReadonlySet<LoadProblem> = new Set(['unreachable', 'offline', 'timeout', 'http-error']);
/** The errors of a file shown under the explanation; the rest are counted in the last line. */
const SHOWN_ERRORS = 20;

/**
 * A layer shared by link (`?layer=<url>`): loads it (with a Cancel button, and given up after LOAD_TIMEOUT_MS),
 * then asks before adding it (nothing is added or replaced without a click). A layer that cannot be loaded or read
 * is reported with its cause, in words the user can act on, and the technical details below.
 */
export function SharedLayerPrompt({
  url,
  index,
  onDone,
  fetch,
  timeoutMs = LOAD_TIMEOUT_MS,
  overGraph = false,
}: SharedLayerPromptProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<{ url: string; attempt: number; result: LayerLoad } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void loadLayerFromUrl(url, {
      index,
      signal: controller.signal,
      timeoutMs,
      ...(fetch ? { fetch } : {}),
    }).then((result) => {
      if (!controller.signal.aborted) setLoad({ url, attempt, result });
    });
    return () => controller.abort();
  }, [url, index, fetch, timeoutMs, attempt]);

  const result = load?.url === url && load.attempt === attempt ? load.result : null;
  return (
    <section
      className={overGraph ? 'notice shared-layer shared-layer--over' : 'notice shared-layer'}
      aria-labelledby={id}
      data-testid="shared-layer"
    >
      <div>
        <h2 id={id} className="notice__heading">
          {t('shared.heading')}
        </h2>
        <p role="status">{result === null ? t('shared.loading', { url }) : ''}</p>
        {result === null && (
          // Unmounting the prompt (the caller drops `layer=`) aborts the request.
          <button type="button" className="button" onClick={() => onDone(null)}>
            {t('shared.cancel')}
          </button>
        )}
        {result !== null && !result.ok && (
          <div role="alert" data-problem={result.problem}>
            <p>{t('shared.failed', { url: result.url })}</p>
            <p>
              {t(`shared.problem.${result.problem}`, {
                origin: originOf(result.url),
                blocked: originOf(result.blocked ?? result.url),
                status: result.status ?? '',
                seconds: Math.round(timeoutMs / 1000),
                limit: `${MAX_LAYER_BYTES / (1024 * 1024)} MB`,
                max: MAX_LAYER_ENTRIES.toLocaleString('en-US'),
              })}
            </p>
            <details open={result.problem === 'invalid' || result.problem === 'too-many-entries'}>
              <summary>{t('shared.details')}</summary>
              <ul>
                {result.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
                  <li key={i}>
                    <code>{error}</code>
                  </li>
                ))}
              </ul>
            </details>
            {PASSING.has(result.problem) && (
              <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
                {t('shared.retry')}
              </button>
            )}
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

/** `https://host:port` of an address; an address with no origin (`javascript:…`, as a policy reports it) as it is. */
function originOf(url: string): string {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? url : origin;
  } catch {
    return url;
  }
}
