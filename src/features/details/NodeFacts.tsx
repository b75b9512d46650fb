import { useTranslation } from 'react-i18next';

import type { NavNode } from '../../model/schema';

/** The node's own attributes as a description list; absent ones are left out. */
export function NodeFacts({ node }: { node: NavNode }) {
  const { t } = useTranslation();
  const facts: { term: string; value: string; lang?: string }[] = [
    { term: t('details.section'), value: t(`section.${node.section}`) },
  ];
  // Upstream writes the category in English only.
  if (node.category) facts.push({ term: t('details.category'), value: node.category, lang: 'en' });
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

  return (
    <>
      <dl className="facts">
        {facts.map(({ term, value, lang }) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd lang={lang}>{value}</dd>
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
