import { useTranslation } from 'react-i18next';

import { DEFAULT_LLM_EDITION, LLM_EDITIONS } from '../../model/editions';

import { useEditionChoice } from './useEditionChoice';

/** The LLM Top 10 editions as a row of toggle buttons, newest first. */
export function EditionSwitch() {
  const { t } = useTranslation();
  const { edition, choose } = useEditionChoice();
  return (
    <div role="group" aria-label={t('filters.edition')} className="sort-bar edition-switch">
      <span className="sort-bar__label" aria-hidden="true">
        {t('top10.editions')}:
      </span>
      <div className="segmented">
        {LLM_EDITIONS.map((option) => (
          <button
            key={option}
            type="button"
            className="button button--toggle"
            aria-pressed={edition === option}
            onClick={() => choose(option)}
          >
            {t(option === DEFAULT_LLM_EDITION ? 'top10.editionOptionLatest' : 'top10.editionOption', {
              edition: option,
            })}
          </button>
        ))}
      </div>
    </div>
  );
}
