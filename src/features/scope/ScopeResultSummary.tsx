import { useId } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeResult } from '../../model/scope/evaluate';
import { explainScope } from '../../model/scope/explain';

import { useFeatureT } from './featureStrings';
import { hasAnswers } from './hasAnswers';
import { NodeRef } from './NodeRef';
import { SCOPE_SYMBOLS } from './ScopeStatusLabel';
import { scopeStrings } from './strings';
import { SCOPE_STATUSES, threatsByStatus } from './threatsByStatus';

interface ScopeResultSummaryProps {
  index: GraphIndex;
  result: ScopeResult;
  onSelect?(id: string): void;
}

/**
 * The counts of threats in scope, for a supplier and out of scope (announced as they change), then the three
 * lists. Threats set aside carry the reasons; those in scope need none.
 */
export function ScopeResultSummary({ index, result, onSelect }: ScopeResultSummaryProps) {
  const { t, lang } = useFeatureT(scopeStrings);
  const id = useId();
  const lists = threatsByStatus(index, result);
  const total = SCOPE_STATUSES.reduce((sum, status) => sum + lists[status].length, 0);
  return (
    <section className="scope-result" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('result')}</h3>
      <p role="status" className="scope-result__summary">
        {hasAnswers(result.answers)
          ? t('summary', {
              total,
              inScope: lists['in-scope'].length,
              supplier: lists.supplier.length,
              outOfScope: lists['out-of-scope'].length,
            })
          : t('noAnswers')}
      </p>
      {SCOPE_STATUSES.map((status) => (
        <section
          key={status}
          className={`scope-result__list scope-result__list--${status}`}
          aria-labelledby={`${id}-${status}`}
          data-scope-status={status}
        >
          <h4 id={`${id}-${status}`} className="scope-result__heading">
            <span aria-hidden="true">{SCOPE_SYMBOLS[status]} </span>
            {t('listHeading', { status: t(`status.${status}`), count: lists[status].length })}
          </h4>
          <p className="hint">{t(`statusMeaning.${status}`)}</p>
          {lists[status].length === 0 ? (
            <p className="hint">{t('listEmpty')}</p>
          ) : (
            <ul>
              {lists[status].map((node) => (
                <li key={node.id}>
                  <NodeRef node={node} lang={lang} onSelect={onSelect} />
                  {status !== 'in-scope' && (
                    <ul className="scope-result__reasons">
                      {explainScope(index, result, node.id).map((reason, i) => (
                        <li key={i}>{reason[lang]}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
