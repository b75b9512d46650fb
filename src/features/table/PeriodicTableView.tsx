import './table.css';

import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphIndex } from '../../model/graphIndex';
import { periodicTable } from '../../model/periodicTable';
import { TABLE_LAYOUTS } from '../../model/views';
import type { VisibleSubgraph } from '../../model/visibility';
import { useViewStore } from '../../state/viewStore';
import { CatalogueMain } from '../catalogue/CatalogueMain';
import { SearchSummary } from '../catalogue/SearchSummary';
import { ToggleButtons } from '../catalogue/ToggleButtons';
import { useScrollToSelected } from '../catalogue/useScrollToSelected';
import { useSetViewParams } from '../catalogue/useViewParams';
import { useNodeMarks } from '../list/NodeMarks';

import { ImpactRows } from './ImpactRows';
import { TableLegend } from './TableLegend';

interface PeriodicTableViewProps {
  index: GraphIndex;
  visible: VisibleSubgraph;
  matches: ReadonlySet<string>;
}

/** `/table`: the periodic table of AI security, or the AI security matrix (the same without controls). */
export function PeriodicTableView({ index, visible, matches }: PeriodicTableViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const filters = useViewStore((state) => state.view.filters);
  const layout = useViewStore((state) => state.view.layout);
  const setViewParams = useSetViewParams();
  const [expandAll, setExpandAll] = useState(false);
  const content = useRef<HTMLDivElement>(null);
  useScrollToSelected(content);

  const marks = useNodeMarks(index);
  const blocks = useMemo(() => periodicTable(index, filters, visible.nodes), [index, filters, visible]);
  const rows = blocks.flatMap((block) => block.surfaces.flatMap((surface) => surface.rows));
  const matchingRows = rows.filter((row) => matches.has(row.threat.id)).length;
  const withControls = layout === 'table';

  const tools = (
    <>
      <ToggleButtons
        label={t('table.layout')}
        options={TABLE_LAYOUTS}
        selected={layout}
        text={(value) => t(`table.layouts.${value}`)}
        onChoose={(value) => setViewParams({ layout: value })}
      />
      {withControls && (
        <div className="checkbox-row">
          <input
            id={`${id}-expand`}
            type="checkbox"
            checked={expandAll}
            onChange={(event) => setExpandAll(event.target.checked)}
          />
          <label htmlFor={`${id}-expand`}>{t('table.expandGroups')}</label>
        </div>
      )}
    </>
  );

  return (
    <CatalogueMain
      heading={t('table.heading')}
      intro={
        <>
          <p>{t('table.intro')}</p>
          <p>{t('table.surfaceNote')}</p>
        </>
      }
      tools={tools}
    >
      <div ref={content} className="catalogue__content">
        <p className="catalogue__summary" role="status">
          {t('table.rows', { count: rows.length })}
          <SearchSummary count={matchingRows} />
        </p>
        {withControls && <TableLegend />}
        {blocks.length === 0 ? (
          <p className="hint">{t('table.empty')}</p>
        ) : (
          <div className="table-frame">
            <table className={`ptable${withControls ? '' : ' ptable--matrix'}`}>
              <caption id={`${id}-caption`}>
                {withControls ? t('table.caption') : t('table.captionMatrix')}
              </caption>
              <thead>
                <tr>
                  <th scope="col" id={`${id}-col-surface`} className="ptable__col-surface">
                    {t('table.columns.surface')}
                  </th>
                  <th scope="col" id={`${id}-col-threat`} className="ptable__col-threat">
                    {t('table.columns.threat')}
                  </th>
                  {withControls && (
                    <th scope="col" id={`${id}-col-controls`} className="ptable__col-controls">
                      {t('table.columns.controls')}
                    </th>
                  )}
                </tr>
              </thead>
              {blocks.map((block) => (
                <ImpactRows
                  // Expanding all groups starts the chips afresh in that state.
                  key={`${block.impact}-${String(expandAll)}`}
                  idPrefix={id}
                  block={block}
                  matches={matches}
                  withControls={withControls}
                  expandAll={expandAll}
                  marks={marks}
                />
              ))}
            </table>
          </div>
        )}
      </div>
    </CatalogueMain>
  );
}
