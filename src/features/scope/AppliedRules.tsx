import { useId } from 'react';

import type { ScopeRule } from '../../model/scope/rules';

import { useFeatureT } from './featureStrings';
import { scopeStrings } from './strings';

/** The rules the answers trigger, each with the source sentences it implements and a link to them. */
export function AppliedRules({ rules }: { rules: readonly ScopeRule[] }) {
  const { t, lang } = useFeatureT(scopeStrings);
  const id = useId();
  return (
    <section className="scope-rules" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('rules')}</h3>
      {rules.length === 0 ? (
        <p className="hint">{t('rulesNone')}</p>
      ) : (
        <>
          <p className="hint">{t('rulesIntro')}</p>
          <ul className="scope-rules__list">
            {rules.map((rule) => (
              <li key={rule.id} data-rule-id={rule.id}>
                <p>{rule.reason[lang]}</p>
                {rule.sources.map((citation, i) => (
                  <figure key={i} className="scope-rules__citation">
                    <blockquote cite={citation.url} lang="en">
                      <p>{citation.quote}</p>
                    </blockquote>
                    <figcaption>
                      <a href={citation.url} target="_blank" rel="noopener noreferrer">
                        {t('readSource')} <cite lang="en">{citation.section}</cite>
                        <span className="visually-hidden"> {t('opensInNewTab')}</span>
                      </a>
                    </figcaption>
                  </figure>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
