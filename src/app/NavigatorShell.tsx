import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

import { VIEW_HEADING_ID } from '../features/catalogue/viewHeading';
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
import { viewOfPath } from '../model/views';
import { visibleSubgraph } from '../model/visibility';
import { useViewStore } from '../state/viewStore';

import { useUrlSync } from './useUrlSync';
import type { ViewContext } from './viewContext';

interface NavigatorShellProps {
  dataset: Dataset;
  index: GraphIndex;
  search: NodeSearch;
}

const LIST_ID = 'visible-nodes';

/**
 * The page: header with the view tabs; filters and search on the left (with the list of shown nodes beside the
 * graph); the view of the route; the details panel on the right.
 */
export function NavigatorShell({ dataset, index, search }: NavigatorShellProps) {
  const { t } = useTranslation();
  const synced = useUrlSync(index);
  const view = viewOfPath(useLocation().pathname) ?? 'graph';
  const filters = useViewStore((state) => state.view.filters);
  const selectedId = useViewStore((state) => state.view.node);
  const q = useViewStore((state) => state.view.q);
  const visible = useMemo(() => visibleSubgraph(index, filters), [index, filters]);
  const matches = useMemo(() => new Set(search.search(q, Infinity).map((hit) => hit.id)), [search, q]);
  const graphCommands = useRef<GraphCommands>(null);

  const selected = selectedId ? index.node(selectedId) : undefined;
  const lang = useViewStore((state) => state.view.lang);
  useEffect(() => {
    const parts = [selected?.title[lang], view === 'graph' ? undefined : t(`views.${view}`), t('app.name')];
    document.title = parts.filter(Boolean).join(' — ');
  }, [selected, lang, view, t]);

  if (!synced) return null;
  const context: ViewContext = { dataset, index, visible, matches, graphCommands };
  const skipTarget = view === 'graph' ? `${LIST_ID}-heading` : VIEW_HEADING_ID;
  return (
    <div className="app">
      <a
        className="skip-link"
        href={`#${skipTarget}`}
        onClick={(event) => {
          // Focus without touching the URL: the hash is no part of the view state.
          event.preventDefault();
          document.getElementById(skipTarget)?.focus();
        }}
      >
        {view === 'graph' ? t('app.skipToList') : t('app.skipToContent')}
      </a>
      <Header view={view} graphCommands={graphCommands} />
      <NoticeArea />
      <div className={view === 'graph' ? 'app__body' : 'app__body app__body--reading'}>
        <nav className="sidebar" aria-label={t('filters.heading')}>
          <SearchBox index={index} search={search} visibleNodes={visible.nodes} />
          <FiltersPanel visible={visible} />
          {view === 'graph' && (
            <VisibleNodesList id={LIST_ID} index={index} matches={matches} visibleNodes={visible.nodes} />
          )}
        </nav>
        <Outlet context={context} />
        <DetailsPanel index={index} nodeId={selectedId} visibleNodes={visible.nodes} />
      </div>
    </div>
  );
}
