import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { LLM_EDITIONS } from '../../model/editions';
import { useEditionChoice } from '../top10/useEditionChoice';

/** Which LLM Top 10 edition the graph and the lists show: one at a time, since each numbers its items anew. */
export function EditionRadios() {
  const { t } = useTranslation();
  const id = useId();
  const { edition, choose, label } = useEditionChoice();
  return (
    <fieldset className="checkbox-group" aria-describedby={`${id}-hint`}>
      <legend>{t('filters.edition')}</legend>
      {LLM_EDITIONS.map((option) => (
        <div key={option} className="checkbox-row">
          <input
            type="radio"
            id={`${id}-${option}`}
            name={`${id}-edition`}
            checked={edition === option}
            onChange={() => choose(option)}
          />
          <label htmlFor={`${id}-${option}`}>{label(option)}</label>
        </div>
      ))}
      <p id={`${id}-hint`} className="hint">
        {t('filters.editionHint')}
      </p>
    </fieldset>
  );
}
