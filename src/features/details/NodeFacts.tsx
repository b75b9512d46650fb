import { useTranslation } from 'react-i18next';

import type { NavNode } from '../../model/schema';
import { useDataStore } from '../../state/dataStore';
import { useViewStore } from '../../state/viewStore';

/** The node's own attributes as a description list; absent ones are left out. */
export function NodeFacts({ node }: { node: NavNode }) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  // The category line comes with the details file.
  const category = useDataStore((state) =>
    state.details.status === 'ready' ? state.details.byId.get(node.id)?.category : undefined,
  );
  const facts: { term: string; value: string }[] = [
    { term: t('details.section'), value: t(`section.${node.section}`) },
  ];
  if (category) facts.push({ term: t('details.category'), value: category[lang] });
  if (node.lifecycle) {
    facts.push({
      term: t('details.lifecycle'),
      value: node.lifecycle.map((v) => t(`lifecycle.${v}`)).join(', '),
    });
  }
  if (node.impacts) {
    facts.push({ term: t('details.impacts'), value: node.impacts.map((v) => t(`impact.${v}`)).join(', ') });
  }
  if (node.controlType)
    facts.push({ term: t('details.controlType'), value: t(`controlType.${node.controlType}`) });
  if (node.edition) facts.push({ term: t('details.edition'), value: node.edition });
  if (node.jaTitleSource) {
    const source = t(`details.jaTitleSource.${node.jaTitleSource}`);
    facts.push({
      term: t('details.jaTitle'),
      value: lang === 'ja' ? source : `${node.title.ja} (${source})`,
    });
  }
  if (node.aliasesJa) facts.push({ term: t('details.aliasesJa'), value: node.aliasesJa.join('、') });

  return (
    <>
      <dl className="facts">
        {facts.map(({ term, value }) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {node.riskFactors && (
        <dl className="facts facts--risk" aria-label={t('details.riskFactors')}>
          {(['exploitability', 'detectability', 'technical'] as const).map((factor) => (
            <div key={factor} className="facts__row">
              <dt>{t(`details.${factor}`)}</dt>
              <dd>{node.riskFactors?.[factor]} / 5</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
