import { useTranslation } from 'react-i18next';

import { TOP10_SORTS } from '../../model/views';
import { useViewStore } from '../../state/viewStore';
import { ToggleButtons } from '../catalogue/ToggleButtons';
import { useSetViewParams } from '../catalogue/useViewParams';

/** The order of the cards: by number, or highest first by a risk factor (when the list has them) or coverage. */
export function SortBar({ withRisk }: { withRisk: boolean }) {
  const { t } = useTranslation();
  const setViewParams = useSetViewParams();
  const options = TOP10_SORTS.filter((option) => withRisk || option === 'id' || option === 'coverage');
  // A risk-factor order on a list without risk factors leaves the number order.
  const requested = useViewStore((state) => state.view.sort);
  const sort = options.includes(requested) ? requested : 'id';
  return (
    <ToggleButtons
      label={t('top10.sortBy')}
      caption={t('top10.sortBy')}
      options={options}
      selected={sort}
      text={(option) => t(`top10.sort.${option}`)}
      onChoose={(option) => setViewParams({ sort: option })}
    >
      {sort !== 'id' && <span className="hint sort-bar__hint">({t('top10.sortHint')})</span>}
    </ToggleButtons>
  );
}
