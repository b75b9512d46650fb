import { useId } from 'react';

import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeResult } from '../../model/scope/evaluate';
import { explainScope } from '../../model/scope/explain';
import { setAsideByScope, type SetAsideNode } from '../../model/scope/setAside';
import type { Language } from '../../model/vocabulary';
import { conjunction } from '../common/listFormat';

import { useFeatureT } from './featureStrings';
import { hasAnswers } from './hasAnswers';
import { NodeRef } from './NodeRef';
import { type ScopeSection, scopeSectionId } from './scopeSections';
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
 * lists, and the controls and Top 10 items set aside with the threats out of scope. What is set aside carries
 * the reasons; threats in scope need none. Threats are counted as everywhere else (`counts.ts`).
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
              shown: lists['in-scope'].length + lists.supplier.length,
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
          aria-labelledby={status === 'out-of-scope' ? scopeSectionId('threats') : `${id}-${status}`}
          data-scope-status={status}
        >
          <h4
            id={status === 'out-of-scope' ? scopeSectionId('threats') : `${id}-${status}`}
            tabIndex={status === 'out-of-scope' ? -1 : undefined}
            className="scope-result__heading"
          >
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
      {hasAnswers(result.answers) && <SetAsideWith index={index} result={result} onSelect={onSelect} />}
    </section>
  );
}

/** The controls and Top 10 items the threats out of scope take with them, each with the threats it follows. */
function SetAsideWith({ index, result, onSelect }: ScopeResultSummaryProps) {
  const { t, lang } = useFeatureT(scopeStrings);
  const id = useId();
  const setAside = setAsideByScope(index, result);
  const parts = [
    ['controls', setAside.controls, t('setAsideControls', { count: setAside.controls.length })],
    ['top10', setAside.top10, t('setAsideTop10', { count: setAside.top10.length })],
  ] as const satisfies readonly (readonly [ScopeSection, readonly SetAsideNode[], string])[];
  return (
    <section className="scope-result__list scope-result__set-aside" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className="scope-result__heading">
        {t('setAsideWith')}
      </h4>
      <p className="hint">{t('setAsideWithIntro')}</p>
      {parts.map(([section, nodes, heading]) => (
        <section key={section} aria-labelledby={scopeSectionId(section)} data-set-aside={section}>
          <h5 id={scopeSectionId(section)} tabIndex={-1}>
            {heading}
          </h5>
          {nodes.length === 0 ? (
            <p className="hint">{t('listEmpty')}</p>
          ) : (
            <ul>
              {nodes.map(({ node, because }) => (
                <li key={node.id}>
                  <NodeRef node={node} lang={lang} onSelect={onSelect} />
                  <ul className="scope-result__reasons">
                    <li>{t(`because.${section}`, { threats: titles(because, lang) })}</li>
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}

const titles = (nodes: readonly { title: Record<Language, string> }[], lang: Language) =>
  conjunction(lang).format(nodes.map((node) => node.title[lang]));
