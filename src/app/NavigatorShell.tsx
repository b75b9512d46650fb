import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { DetailsPanel } from '../features/details/DetailsPanel';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import type { GraphCommands } from '../features/graph/GraphView';
import { Header } from '../features/header/Header';
import { VisibleNodesList } from '../features/list/VisibleNodesList';
import { NoticeArea } from '../features/notices/NoticeArea';
import { SearchBox } from '../features/search/SearchBox';
import type { GraphIndex } from '../model/graphIndex';
import type { Dataset } from '../model/schema';
import type { NodeSearch } from '../model/search';
import { visibleSubgraph } from '../model/visibility';
import { useViewStore } from '../state/viewStore';

import { GraphArea } from './GraphArea';
import { useUrlSync } from './useUrlSync';

interface NavigatorShellProps {
  dataset: Dataset;
  index: GraphIndex;
  search: NodeSearch;
}

const LIST_ID = 'visible-nodes';

/** The page: header; filters, search and list on the left; the graph; the details panel on the right. */
export function NavigatorShell({ dataset, index, search }: NavigatorShellProps) {
  const { t } = useTranslation();
  const synced = useUrlSync(index);
  const filters = useViewStore((state) => state.view.filters);
  const selectedId = useViewStore((state) => state.view.node);
  const q = useViewStore((state) => state.view.q);
  const visible = useMemo(() => visibleSubgraph(index, filters), [index, filters]);
  const matches = useMemo(() => new Set(search.search(q, Infinity).map((hit) => hit.id)), [search, q]);
  const graphCommands = useRef<GraphCommands>(null);

  const selected = selectedId ? index.node(selectedId) : undefined;
  const lang = useViewStore((state) => state.view.lang);
  useEffect(() => {
    document.title = selected ? `${selected.title[lang]} — ${t('app.name')}` : t('app.name');
  }, [selected, lang, t]);

  if (!synced) return null;
  return (
    <div className="app">
      <a
        className="skip-link"
        href={`#${LIST_ID}`}
        onClick={(event) => {
          // Focus without touching the URL: the hash is no part of the view state.
          event.preventDefault();
          document.getElementById(`${LIST_ID}-heading`)?.focus();
        }}
      >
        {t('app.skipToList')}
      </a>
      <Header graphCommands={graphCommands} />
      <NoticeArea />
      <div className="app__body">
        <nav className="sidebar" aria-label={t('filters.heading')}>
          <SearchBox index={index} search={search} visibleNodes={visible.nodes} />
          <FiltersPanel visible={visible} />
          <VisibleNodesList id={LIST_ID} index={index} matches={matches} visibleNodes={visible.nodes} />
        </nav>
        <main className="graph-column" aria-label={t('graph.label')}>
          <GraphArea dataset={dataset} visible={visible} matches={matches} commands={graphCommands} />
        </main>
        <DetailsPanel index={index} nodeId={selectedId} visibleNodes={visible.nodes} />
      </div>
    </div>
  );
}
