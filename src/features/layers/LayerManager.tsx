import './layers.css';

import { useEffect, useId, useRef, useState } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeAnswers } from '../../model/scope/questions';
import { useFeatureT } from '../scope/featureStrings';

import { CreateLayerForm } from './CreateLayerForm';
import { ImportLayerFile } from './ImportLayerFile';
import { LayerRow } from './LayerRow';
import { useLayers, useLayerStoreApi } from './layerStoreContext';
import { LayerSyncNotice } from './LayerSyncNotice';
import { storeNoteText } from './noteText';
import { layerStrings } from './strings';
import { UnreadableStoreBanner } from './UnreadableStoreBanner';

export interface LayerManagerProps {
  index: GraphIndex;
  /** The current scope answers: a new layer records them. */
  scope?: ScopeAnswers;
  /** Applies the scope answers a layer records (e.g. writes them to the URL); without it, not offered. */
  onApplyScope?(answers: ScopeAnswers): void;
  /** Level of the manager's heading. Default 2. */
  headingLevel?: 2 | 3;
  /** The date in exported file names; default: today. */
  now?(): Date;
}

/**
 * The saved annotation layers: choose the active one, create, rename, export, delete (after a confirmation),
 * import a file (after a review), and, when the saved layers cannot be read, the way out that loses nothing.
 */
export function LayerManager({
  index,
  scope,
  onApplyScope,
  headingLevel = 2,
  now = () => new Date(),
}: LayerManagerProps) {
  const { t } = useFeatureT(layerStrings);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const api = useLayerStoreApi();
  const layers = useLayers((state) => state.layers);
  const activeId = useLayers((state) => state.activeId);
  const warnings = useLayers((state) => state.warnings);
  const saveError = useLayers((state) => state.saveError);
  const [message, setMessage] = useState({ text: '', serial: 0 });
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const done = (text: string) => setMessage((previous) => ({ text, serial: previous.serial + 1 }));
  useEffect(() => {
    // The control that was used may be gone (a deleted layer's row): keep focus in the manager.
    if (message.serial > 0 && document.activeElement === document.body) heading.current?.focus();
  }, [message]);

  return (
    <section className="layer-manager" aria-labelledby={id} data-testid="layer-manager">
      <Heading id={id} ref={heading} tabIndex={-1}>
        {t('manager.heading')}
      </Heading>
      <p className="hint">{t('manager.intro')}</p>
      <UnreadableStoreBanner now={now} />
      <LayerSyncNotice />
      {saveError !== null && (
        <p role="alert" className="field-error">
          {t('saveError', { error: saveError })}
        </p>
      )}
      {warnings.length > 0 && (
        <details className="layer-manager__warnings">
          <summary>{t('manager.warnings')}</summary>
          <ul>
            {warnings.map((warning, i) => (
              <li key={i}>{storeNoteText(warning, t)}</li>
            ))}
          </ul>
        </details>
      )}

      <SubHeading>{t('manager.yours')}</SubHeading>
      {layers.length === 0 ? (
        <p className="hint">{t('manager.empty')}</p>
      ) : (
        <fieldset className="layer-list">
          <legend>{t('manager.active')}</legend>
          <ul>
            {layers.map((entry) => (
              <LayerRow
                key={entry.id}
                entry={entry}
                active={entry.id === activeId}
                group={`${id}-active`}
                onDone={done}
                onApplyScope={onApplyScope}
                now={now}
              />
            ))}
            <li className="layer-row">
              <div className="layer-row__choice">
                <input
                  type="radio"
                  id={`${id}-none`}
                  name={`${id}-active`}
                  checked={activeId === null}
                  onChange={() => api.getState().setActive(null)}
                />
                <label htmlFor={`${id}-none`}>{t('manager.none')}</label>
              </div>
            </li>
          </ul>
        </fieldset>
      )}
      <p role="status" className="layer-manager__status">
        {message.text}
      </p>
      <CreateLayerForm index={index} scope={scope} onDone={done} />
      <ImportLayerFile index={index} onDone={done} />
    </section>
  );
}
