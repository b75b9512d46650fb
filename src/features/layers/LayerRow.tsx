import { useId, useState } from 'react';

import type { StoredLayer } from '../../model/layers/layerStore';
import type { ScopeAnswers } from '../../model/scope/questions';
import { useFeatureT } from '../scope/featureStrings';

import { InlineConfirm } from './InlineConfirm';
import { downloadLayer } from './layerFile';
import { useLayerStoreApi } from './layerStoreContext';
import { RenameLayerForm } from './RenameLayerForm';
import { layerStrings } from './strings';

interface LayerRowProps {
  entry: StoredLayer;
  active: boolean;
  /** The `name` shared by the radio buttons of the list. */
  group: string;
  onDone(message: string): void;
  onApplyScope?(answers: ScopeAnswers): void;
  now(): Date;
}

type Mode = 'view' | 'rename' | 'delete';

/** One saved layer: a radio button to make it active, what it holds, and rename, export, delete. */
export function LayerRow({ entry, active, group, onDone, onApplyScope, now }: LayerRowProps) {
  const { t, lang } = useFeatureT(layerStrings);
  const id = useId();
  const api = useLayerStoreApi();
  const [mode, setMode] = useState<Mode>('view');
  const { layer } = entry;
  const modified = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(layer.modified),
  );

  return (
    <li className={active ? 'layer-row layer-row--active' : 'layer-row'} data-layer-id={entry.id}>
      <div className="layer-row__choice">
        <input
          type="radio"
          id={id}
          name={group}
          checked={active}
          onChange={() => api.getState().setActive(entry.id)}
        />
        <label htmlFor={id}>{layer.name}</label>
      </div>
      <p className="hint">
        {t('manager.counts', {
          controls: Object.keys(layer.controls).length,
          threats: Object.keys(layer.threats).length,
          modified,
        })}
      </p>
      {mode === 'rename' && (
        <RenameLayerForm
          name={layer.name}
          onRename={(name) => {
            api.getState().renameLayer(entry.id, name);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'delete' && (
        <InlineConfirm
          message={t('manager.removeConfirm', { name: layer.name })}
          confirmLabel={t('manager.remove')}
          cancelLabel={t('manager.cancel')}
          onConfirm={() => {
            api.getState().deleteLayer(entry.id);
            onDone(t('manager.removed', { name: layer.name }));
          }}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'view' && (
        <div className="layer-row__actions">
          <button
            type="button"
            className="button"
            aria-label={t('manager.renameAction', { name: layer.name })}
            onClick={() => setMode('rename')}
          >
            {t('manager.rename')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('manager.exportLabel', { name: layer.name })}
            onClick={() => downloadLayer(layer, now())}
          >
            {t('manager.export')}
          </button>
          {layer.scope && onApplyScope && (
            <button
              type="button"
              className="button"
              aria-label={t('manager.useScopeLabel', { name: layer.name })}
              onClick={() => onApplyScope(layer.scope ?? {})}
            >
              {t('manager.useScope')}
            </button>
          )}
          <button
            type="button"
            className="button button--danger"
            aria-label={t('manager.removeLabel', { name: layer.name })}
            onClick={() => setMode('delete')}
          >
            {t('manager.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
