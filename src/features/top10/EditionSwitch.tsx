import { useTranslation } from 'react-i18next';

import { LLM_EDITIONS } from '../../model/editions';
import { ToggleButtons } from '../catalogue/ToggleButtons';

import { useEditionChoice } from './useEditionChoice';

/** The LLM Top 10 editions as a row of toggle buttons, newest first. */
export function EditionSwitch() {
  const { t } = useTranslation();
  const { edition, choose, label } = useEditionChoice();
  return (
    <ToggleButtons
      label={t('filters.edition')}
      caption={t('top10.editions')}
      options={LLM_EDITIONS}
      selected={edition}
      text={label}
      onChoose={choose}
    />
  );
}
