import './statusBadge.css';

import type { ControlStatus } from '../../model/layers/layerVocabulary';
import { useFeatureT } from '../scope/featureStrings';

import { layerStrings } from './strings';

/** A symbol for each status, so that lists, tables and the graph legend never rely on colour alone. */
export const STATUS_SYMBOLS: Readonly<Record<ControlStatus, string>> = {
  implemented: '✓',
  partial: '◐',
  planned: '○',
  'not-applicable': '–',
  unknown: '?',
};

/** A control's status as symbol and text, coloured by the status. */
export function StatusBadge({ status }: { status: ControlStatus }) {
  const { t } = useFeatureT(layerStrings);
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      <span aria-hidden="true" className="status-badge__symbol">
        {STATUS_SYMBOLS[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
