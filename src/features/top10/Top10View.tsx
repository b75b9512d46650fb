import './top10.css';

import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { listedNodes } from '../../model/catalogue';
import type { GraphIndex } from '../../model/graphIndex';
import { hasRiskFactors, top10Entries, type Top10Kind } from '../../model/top10';
import type { VisibleSubgraph } from '../../model/visibility';
import { useViewStore } from '../../state/viewStore';
import { CatalogueMain } from '../catalogue/CatalogueMain';
import { SearchSummary } from '../catalogue/SearchSummary';
import { useScrollToSelected } from '../catalogue/useScrollToSelected';

import { EditionSwitch } from './EditionSwitch';
import { SortBar } from './SortBar';
import { Top10Card } from './Top10Card';

interface Top10ViewProps {
  kind: Top10Kind;
  index: GraphIndex;
  visible: VisibleSubgraph;
  matches: ReadonlySet<string>;
}

/** `/ml-top10` and `/llm-top10`: one card per item, in the chosen order; the LLM list one edition at a time. */
export function Top10View({ kind, index, visible, matches }: Top10ViewProps) {
  const { t } = useTranslation();
  const filters = useViewStore((state) => state.view.filters);
  const sort = useViewStore((state) => state.view.sort);
  const content = useRef<HTMLDivElement>(null);
  useScrollToSelected(content);

  const entries = useMemo(
    () => top10Entries(index, kind, listedNodes(index, filters, visible.nodes), visible.nodes, sort),
    [index, kind, filters, visible, sort],
  );
  const llm = kind === 'llm-top10';
  const items = index.nodes.filter(
    (node) => node.kind === kind && (!llm || node.edition === filters.edition),
  );
  const edition = llm ? filters.edition : items[0]?.edition;
  const withRisk = hasRiskFactors(index, kind);
  const maxCoverage = Math.max(1, ...entries.map((entry) => entry.coverage.total));
  const matching = entries.filter((entry) => matches.has(entry.item.id)).length;

  return (
    <CatalogueMain
      heading={t(`top10.${kind}.heading`)}
      badge={edition && <p className="edition-badge">{t('top10.edition', { edition })}</p>}
      intro={
        <>
          <p>{t(`top10.${kind}.intro`)}</p>
          {llm && <p className="edition-note">{t(`top10.editionNote_${filters.edition}`)}</p>}
        </>
      }
      tools={
        <>
          {llm && <EditionSwitch />}
          <SortBar withRisk={withRisk} />
        </>
      }
    >
      <div ref={content} className="catalogue__content">
        <p className="catalogue__summary" role="status">
          {t('top10.count', { shown: entries.length, total: items.length })}
          <SearchSummary count={matching} />
        </p>
        {entries.length === 0 ? (
          <p className="hint">{t('top10.empty')}</p>
        ) : (
          <ol className="top10-list" aria-label={t('top10.itemsLabel')}>
            {entries.map((entry) => (
              <li key={entry.item.id}>
                <Top10Card
                  entry={entry}
                  visibleNodes={visible.nodes}
                  matches={matches}
                  maxCoverage={maxCoverage}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </CatalogueMain>
  );
}
