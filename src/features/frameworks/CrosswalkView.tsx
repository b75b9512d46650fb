import './frameworks.css';

import { useId, useMemo, useState } from 'react';

import { exportCrosswalkCsv, exportCrosswalkMarkdown } from '../../model/export/crosswalkExport';
import { hasActiveFilters } from '../../model/filters';
import { type CrosswalkEntry, type CrosswalkRow, crosswalkRows } from '../../model/frameworks/crosswalk';
import type { FrameworkIndex } from '../../model/frameworks/frameworkIndex';
import { type Framework, textIn } from '../../model/frameworks/schema';
import type { GraphIndex } from '../../model/graphIndex';
import { statusOf } from '../../model/layers/annotations';
import { selectActiveLayer } from '../../state/layerStore';
import { useViewStore } from '../../state/viewStore';
import { CatalogueMain } from '../catalogue/CatalogueMain';
import { NodeButton } from '../common/NodeButton';
import { ExternalLink } from '../details/ExternalLink';
import { downloadFile } from '../exports/downloadFile';
import { datedFileName } from '../exports/fileNames';
import { useLayers } from '../layers/layerStoreContext';
import { useFeatureT } from '../scope/featureStrings';
import { hasAnswers } from '../scope/hasAnswers';
import { SortBar } from '../top10/SortBar';

import { FrameworkLoadError } from './FrameworkLoadError';
import { frameworkStrings } from './strings';
import { useFrameworkData } from './useFrameworkData';

interface CrosswalkViewProps {
  heading: string;
  index: GraphIndex;
  /** What the filters, the scope and the lens show. */
  visible: ReadonlySet<string>;
}

/** A spreadsheet's reading of UTF-8 text is reliable only with a byte-order mark in front. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * `/crosswalk`: the items of the framework of the lens as rows of a table, with the AI Exchange controls and threats
 * each links to, the coverage notes and, with an annotation layer active, how many of its controls are implemented,
 * partial or planned; sortable, narrowed by the filters and the scope, and downloadable as CSV and Markdown.
 */
export function CrosswalkView({ heading, index, visible }: CrosswalkViewProps) {
  const { t } = useFeatureT(frameworkStrings);
  const [status, retry] = useFrameworkData(index);
  const lens = useViewStore((state) => state.view.framework);
  const framework =
    status.status === 'ready' && lens ? status.frameworks.framework(lens.framework) : undefined;

  return (
    <CatalogueMain heading={heading} className="crosswalk-view" intro={<p>{t('crosswalk.intro')}</p>}>
      {status.status === 'error' ? (
        <FrameworkLoadError errors={status.errors} onRetry={retry} />
      ) : status.status !== 'ready' ? (
        <p role="status" className="hint">
          {t('lens.loading')}
        </p>
      ) : framework ? (
        <FrameworkCrosswalk
          key={framework.id}
          index={index}
          frameworks={status.frameworks}
          framework={framework}
          item={lens?.item ?? null}
          visible={visible}
        />
      ) : (
        <FrameworkPicker frameworks={status.frameworks} />
      )}
    </CatalogueMain>
  );
}

/** Without a framework in the lens: the frameworks the data has, each a button that chooses it. */
function FrameworkPicker({ frameworks }: { frameworks: FrameworkIndex }) {
  const { t, lang } = useFeatureT(frameworkStrings);
  const setFramework = useViewStore((state) => state.setFramework);
  return (
    <section aria-labelledby="crosswalk-choose">
      <h3 id="crosswalk-choose">{t('crosswalk.choose')}</h3>
      <ul className="crosswalk-picker">
        {frameworks.frameworks.map((framework) => (
          <li key={framework.id}>
            <button
              type="button"
              className="button"
              onClick={() => setFramework({ framework: framework.id, item: null })}
            >
              {framework.name[lang]}
            </button>
            <p className="hint">{t('crosswalk.items', { count: framework.items.length })}</p>
            <p>{framework.about[lang]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface FrameworkCrosswalkProps {
  index: GraphIndex;
  frameworks: FrameworkIndex;
  framework: Framework;
  item: string | null;
  visible: ReadonlySet<string>;
}

function FrameworkCrosswalk({ index, frameworks, framework, item, visible }: FrameworkCrosswalkProps) {
  const { t, lang } = useFeatureT(frameworkStrings);
  const id = useId();
  const filters = useViewStore((state) => state.view.filters);
  const scope = useViewStore((state) => state.view.scope);
  const requestedSort = useViewStore((state) => state.view.sort);
  const setFramework = useViewStore((state) => state.setFramework);
  const layer = useLayers(selectActiveLayer);
  const [saved, setSaved] = useState('');
  const sort = requestedSort === 'coverage' ? 'coverage' : 'id';
  const narrowed = hasActiveFilters(filters) || hasAnswers(scope);
  const itemId = item === null ? null : (frameworks.findItem(framework.id, item)?.id ?? null);
  const rows = useMemo(
    () => crosswalkRows(index, frameworks, framework.id, { visible, narrowed, item: itemId, layer, sort }),
    [index, frameworks, framework.id, visible, narrowed, itemId, layer, sort],
  );
  const linked = rows.filter((row) => row.linked > 0).length;
  const nodeStatus = layer ? (controlId: string) => statusOf(layer, controlId) : null;
  const save = (text: string, extension: string, type: string) => {
    const fileName = datedFileName(
      'crosswalk',
      extension,
      new Date(),
      `${framework.id} ${layer?.name ?? ''}`,
    );
    downloadFile(text, fileName, type);
    setSaved(t('crosswalk.saved', { file: fileName }));
  };

  return (
    <>
      <section className="crosswalk-about" aria-labelledby={`${id}-name`}>
        <h3 id={`${id}-name`}>{framework.name[lang]}</h3>
        <p>{framework.about[lang]}</p>
        <p>
          {t('crosswalk.source')}:{' '}
          <ExternalLink href={framework.source.url}>
            {framework.source.title}
            {framework.source.version ? ` (${framework.source.version})` : ''}
          </ExternalLink>
        </p>
        {framework.titles === 'own' && <p className="hint">{t('crosswalk.ownTitles')}</p>}
      </section>
      <div className="crosswalk-tools">
        <SortBar withRisk={false} />
        <div role="group" aria-label={t('crosswalk.export')}>
          <button
            type="button"
            className="button"
            disabled={rows.length === 0}
            onClick={() =>
              save(
                BYTE_ORDER_MARK + exportCrosswalkCsv(index, framework, rows, nodeStatus, lang),
                'csv',
                'text/csv',
              )
            }
          >
            {t('crosswalk.csv')}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={rows.length === 0}
            onClick={() =>
              save(exportCrosswalkMarkdown(index, framework, rows, nodeStatus, lang), 'md', 'text/markdown')
            }
          >
            {t('crosswalk.markdown')}
          </button>
        </div>
        <p role="status" className="hint">
          {saved}
        </p>
      </div>
      <p role="status" data-testid="crosswalk-count">
        {t('crosswalk.count', {
          shown: rows.length,
          total: framework.items.length,
          linked,
          unlinked: rows.length - linked,
        })}
        {itemId !== null && (
          <>
            {' '}
            {t('crosswalk.onlyItem', { item: itemId })}{' '}
            <button
              type="button"
              className="button"
              onClick={() => setFramework({ framework: framework.id, item: null })}
            >
              {t('crosswalk.showAll')}
            </button>
          </>
        )}
      </p>
      {rows.length === 0 ? (
        <p>{t('crosswalk.noRows')}</p>
      ) : (
        // On a narrow screen the table scrolls sideways: its box is a Tab stop, so the keys scroll it too.
        <div
          className="crosswalk-table-wrap"
          role="region"
          aria-label={t('crosswalk.caption', { name: framework.name[lang] })}
          tabIndex={0}
        >
          <table className="crosswalk-table">
            <caption>{t('crosswalk.caption', { name: framework.name[lang] })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('crosswalk.columns.item')}</th>
                <th scope="col">{t('crosswalk.columns.controls')}</th>
                <th scope="col">{t('crosswalk.columns.threats')}</th>
                {layer && <th scope="col">{t('crosswalk.columns.status', { layer: layer.name })}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <CrosswalkTableRow key={row.item.id} index={index} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function CrosswalkTableRow({ index, row }: { index: GraphIndex; row: CrosswalkRow }) {
  const { t, lang } = useFeatureT(frameworkStrings);
  const title = textIn(row.item.title, lang);
  const nothing = row.controls.length === 0 && row.threats.length === 0;
  const statuses = row.statuses;
  const total = statuses ? Object.values(statuses).reduce((sum, count) => sum + count, 0) : 0;
  return (
    <tr data-item-id={row.item.id}>
      <th scope="row">
        {row.item.url ? (
          <ExternalLink href={row.item.url}>{row.item.label}</ExternalLink>
        ) : (
          <span>{row.item.label}</span>
        )}{' '}
        <span lang={title === row.item.title.en ? 'en' : undefined}>{title}</span>
      </th>
      <td>
        {nothing ? (
          <span className="crosswalk-coverage">{t('crosswalk.noLinks')}</span>
        ) : (
          <EntryList index={index} entries={row.controls} />
        )}
        {row.hidden > 0 && <p className="hint">{t('crosswalk.hidden', { count: row.hidden })}</p>}
      </td>
      <td>
        <EntryList index={index} entries={row.threats} />
        {row.against.length > 0 && (
          <>
            <p className="crosswalk-coverage">{t('crosswalk.against')}</p>
            <EntryList index={index} entries={row.against.map((nodeId) => ({ nodeId }))} />
          </>
        )}
      </td>
      {statuses && (
        <td>
          {total === 0
            ? t('crosswalk.noControls')
            : t('crosswalk.statusLine', {
                implemented: statuses.implemented,
                partial: statuses.partial,
                planned: statuses.planned,
                total,
              })}
        </td>
      )}
    </tr>
  );
}

function EntryList({ index, entries }: { index: GraphIndex; entries: readonly CrosswalkEntry[] }) {
  const { t } = useFeatureT(frameworkStrings);
  if (entries.length === 0) return null;
  return (
    <ul>
      {entries.map((entry) => {
        const node = index.node(entry.nodeId);
        if (!node) return null;
        return (
          <li key={entry.nodeId}>
            <NodeButton node={node} />
            {entry.coverage && (
              <span className="crosswalk-coverage"> — {t(`coverage.${entry.coverage}`)}</span>
            )}
            {entry.via && (
              <span className="crosswalk-coverage">
                {' '}
                ({t('details.through', { path: entry.via.join(' › ') })})
              </span>
            )}
            {entry.note && (
              <div className="crosswalk-coverage" lang="en">
                {entry.note}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
