import './statusBadge.css';

import type { ControlStatus } from '../../model/layers/layerVocabulary';
import { useFeatureT } from '../scope/featureStrings';

import { STATUS_SYMBOLS } from './overlay';
import { layerStrings } from './strings';

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
