import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { DataVersion } from '../features/about/DataVersion';
import { VIEW_HEADING_ID } from '../features/catalogue/viewHeading';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { useDetailsAfterFirstView } from '../features/details/useDetailsAfterFirstView';
import { ViewErrorBoundary } from '../features/errors/ViewErrorBoundary';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { FiltersRail } from '../features/filters/FiltersRail';
import { FrameworkLensControl } from '../features/frameworks/FrameworkLensControl';
import { useFrameworkLens } from '../features/frameworks/useFrameworkLens';
import type { GraphCommands } from '../features/graph/GraphView';
import { Header } from '../features/header/Header';
import { LazyLayerSyncNotice } from '../features/layers/LazyLayerSyncNotice';
import { LazyUnreadableStoreBanner } from '../features/layers/LazyUnreadableStoreBanner';
import { VisibleNodesList } from '../features/list/VisibleNodesList';
import { NoticeArea } from '../features/notices/NoticeArea';
import { RoleSelect } from '../features/roles/RoleSelect';
import { useScopedView } from '../features/scope/useScopedView';
import { SearchBox } from '../features/search/SearchBox';
import { useSearchMatches } from '../features/search/useNodeSearch';
import { activeFamilies } from '../model/filters';
import type { GraphIndex } from '../model/graphIndex';
import type { RoleTool } from '../model/roles/roleTypes';
import type { CoreDataset } from '../model/schema';
import { VIEW_PATHS, type ViewId, viewOfPath } from '../model/views';
import { useViewStore } from '../state/viewStore';

import { FOCUS_EXPORTS } from './focusExports';
import { loadLanguage } from './i18n/loadLanguage';
import { RoleGuide, SharedLayerPrompt } from './shellParts';
import { useCoveredEdge } from './useCoveredEdge';
import { useUrlSync } from './useUrlSync';
import type { ViewContext } from './viewContext';

interface NavigatorShellProps {
  dataset: CoreDataset;
  index: GraphIndex;
}

const LIST_ID = 'visible-nodes';

/**
 * Whether the filter column starts open beside the graph: where the screen leaves the whole map room at a
 * readable size with it (docs/graph.md). Narrower, it starts folded to a rail that opens it.
 */
const startsOpen = () =>
  typeof window === 'undefined' || !window.matchMedia || window.matchMedia('(min-width: 1600px)').matches;

/** Where each part of the app a role guide points to lives. */
const TOOL_VIEWS: Record<RoleTool, ViewId> = {
  scope: 'scope',
  layers: 'layers',
  'risk-overview': 'layers',
  'export-checklist': 'layers',
  'export-csv': 'layers',
  'ml-top10': 'ml-top10',
  'llm-top10': 'llm-top10',
};

/**
 * The page: header with the view tabs; filters and search on the left (with the list of shown nodes beside the
 * graph); the view of the route; the details panel on the right.
 */
export function NavigatorShell({ dataset, index }: NavigatorShellProps) {
  const { t } = useTranslation();
  const synced = useUrlSync(index);
  const { pathname, search: locationSearch } = useLocation();
  const view = viewOfPath(pathname) ?? 'graph';
  const filters = useViewStore((state) => state.view.filters);
  const selectedId = useViewStore((state) => state.view.node);
  const q = useViewStore((state) => state.view.q);
  const scope = useViewStore((state) => state.view.scope);
  const role = useViewStore((state) => state.view.role);
  const sharedLayer = useViewStore((state) => state.view.layer);
  const setRole = useViewStore((state) => state.setRole);
  const select = useViewStore((state) => state.select);
  const clearSharedLayer = useViewStore((state) => state.clearSharedLayer);
  const [layerMessage, setLayerMessage] = useState('');
  const { result: scopeResult, visible: scoped, shownWith } = useScopedView(index, filters, scope);
  // The framework lens narrows every view; the details still say what the filters and the scope hide.
  const lens = useFrameworkLens(index, scoped);
  const { visible } = lens;
  const navigate = useNavigate();
  const matches = useSearchMatches(q);
  const onGraphDrawn = useDetailsAfterFirstView(view === 'graph');
  const graphCommands = useRef<GraphCommands>(null);
  const [filtersOpen, setFiltersOpen] = useState(startsOpen);
  const details = useRef<HTMLElement>(null);
  const detailsOver = view === 'graph' && selectedId !== null;
  const graphInsets = useCoveredEdge(details, detailsOver);

  const selected = selectedId ? index.node(selectedId) : undefined;
  const lang = useViewStore((state) => state.view.lang);
  useEffect(() => {
    const parts = [selected?.title[lang], view === 'graph' ? undefined : t(`views.${view}`), t('app.name')];
    document.title = parts.filter(Boolean).join(' — ');
  }, [selected, lang, view, t]);

  // The same element while the view stays: a filter change then leaves the header alone (its tabs follow the
  // address through the router, its language switch the view store).
  const header = useMemo(
    () => <Header view={view} graphCommands={graphCommands} loadLanguage={loadLanguage} />,
    [view],
  );

  if (!synced) return null;
  const context: ViewContext = {
    dataset,
    index,
    visible,
    scopeResult,
    matches,
    graphCommands,
    onGraphDrawn,
    graphInsets,
  };
  const filtersFolded = view === 'graph' && !filtersOpen;
  const bodyClass = [
    'app__body',
    view === 'graph' ? 'app__body--graph' : 'app__body--reading',
    filtersFolded ? 'app__body--filters-folded' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const openTool = (tool: RoleTool) => {
    const isExport = tool === 'export-checklist' || tool === 'export-csv';
    void navigate(
      { pathname: VIEW_PATHS[TOOL_VIEWS[tool]], search: locationSearch },
      isExport ? { state: FOCUS_EXPORTS } : undefined,
    );
  };
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
      {header}
      <NoticeArea />
      {/* The annotations view shows the same banner inside its layer manager. */}
      {view !== 'layers' && <LazyUnreadableStoreBanner />}
      {view !== 'layers' && <LazyLayerSyncNotice />}
      {sharedLayer && (
        <Suspense fallback={null}>
          <SharedLayerPrompt
            key={sharedLayer}
            url={sharedLayer}
            index={index}
            onDone={(message) => {
              clearSharedLayer();
              setLayerMessage(message ?? '');
            }}
          />
        </Suspense>
      )}
      <p role="status" className="hint" data-testid="shared-layer-status">
        {layerMessage}
      </p>
      <div className={bodyClass}>
        {filtersFolded && (
          <FiltersRail
            label={t('filters.show')}
            count={activeFamilies(filters).length}
            onOpen={() => setFiltersOpen(true)}
          />
        )}
        <nav className="sidebar" aria-label={t('filters.heading')} hidden={filtersFolded}>
          {view === 'graph' && (
            <button type="button" className="button sidebar__fold" onClick={() => setFiltersOpen(false)}>
              <span aria-hidden="true">« </span>
              {t('filters.hide')}
            </button>
          )}
          <SearchBox index={index} visibleNodes={visible.nodes} />
          <RoleSelect value={role} onChange={setRole} />
          <FrameworkLensControl index={index} lens={lens} />
          {role && (
            <Suspense fallback={null}>
              <RoleGuide index={index} role={role} onSelect={select} onOpenTool={openTool} headingLevel={2} />
            </Suspense>
          )}
          <FiltersPanel visible={visible} editionChoice={view !== 'llm-top10'} />
          {view === 'graph' && (
            <VisibleNodesList id={LIST_ID} index={index} matches={matches} visibleNodes={visible.nodes} />
          )}
          <DataVersion
            upstream={dataset.upstream}
            label={t('about.dataVersion')}
            opensInNewTab={t('details.opensInNewTab')}
          />
        </nav>
        {/* A view that fails to render leaves the header, filters and details working; another view retries. */}
        <ViewErrorBoundary
          resetKey={pathname}
          labels={{ heading: t('viewError.heading'), hint: t('viewError.hint'), retry: t('viewError.retry') }}
        >
          <Outlet context={context} />
        </ViewErrorBoundary>
        <DetailsPanel
          ref={details}
          over={view === 'graph'}
          index={index}
          nodeId={selectedId}
          visibleNodes={scoped.nodes}
          shownWith={shownWith}
          scopeResult={scopeResult}
          focusOnGraph={(id) => graphCommands.current?.focusNode(id) ?? false}
        />
      </div>
    </div>
  );
}
