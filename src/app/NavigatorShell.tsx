import { Activity, type KeyboardEvent, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { DataVersion } from '../features/about/DataVersion';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { useDetailsAfterFirstView } from '../features/details/useDetailsAfterFirstView';
import { isFreeEscape } from '../features/details/useReturnFocus';
import { ViewErrorBoundary } from '../features/errors/ViewErrorBoundary';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { FiltersRail } from '../features/filters/FiltersRail';
import { FrameworkLensControl } from '../features/frameworks/FrameworkLensControl';
import { useFrameworkLens } from '../features/frameworks/useFrameworkLens';
import type { GraphCommands } from '../features/graph/GraphView';
import { Header } from '../features/header/Header';
import { LazyLayerSyncNotice } from '../features/layers/LazyLayerSyncNotice';
import { LazyUnreadableStoreBanner } from '../features/layers/LazyUnreadableStoreBanner';
import { useAfterFirstView } from '../features/list/useAfterFirstView';
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
import { afterNextPaint } from '../state/afterNextPaint';
import { useAtlasOverlayStore } from '../state/atlasOverlayStore';
import { useViewStore } from '../state/viewStore';

import { FOCUS_EXPORTS } from './focusExports';
import { loadLanguage } from './i18n/loadLanguage';
import { PhoneBar } from './PhoneBar';
import { SharedLayerArea } from './SharedLayerArea';
import { AtlasOverlayPanel, RoleGuide } from './shellParts';
import { SkipLinks } from './SkipLinks';
import { useCompactLayout } from './useCompactLayout';
import { useCoveredEdge } from './useCoveredEdge';
import { useHeightProperty } from './useHeightProperty';
import { PART_IDS, usePageParts } from './usePageParts';
import type { ViewContext } from './viewContext';

interface NavigatorShellProps {
  dataset: CoreDataset;
  index: GraphIndex;
}

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
 * graph); the view of the route; the details panel on the right. On a phone (`compact`) the page scrolls: header,
 * the view, the list under the graph; the filters and the details are sheets over it, opened from a bar along the
 * bottom of the screen.
 */
export function NavigatorShell({ dataset, index }: NavigatorShellProps) {
  const { t } = useTranslation();
  const { pathname, search: locationSearch } = useLocation();
  const view = viewOfPath(pathname) ?? 'graph';
  const filters = useViewStore((state) => state.view.filters);
  const selectedId = useViewStore((state) => state.view.node);
  const q = useViewStore((state) => state.view.q);
  const scope = useViewStore((state) => state.view.scope);
  const role = useViewStore((state) => state.view.role);
  const setRole = useViewStore((state) => state.setRole);
  const hasAtlasOverlay = useAtlasOverlayStore((state) => state.overlay !== null);
  const select = useViewStore((state) => state.select);
  const { result: scopeResult, visible: scoped, shownWith } = useScopedView(index, filters, scope);
  // The framework lens narrows every view; the details still say what the filters and the scope hide.
  const lens = useFrameworkLens(index, scoped);
  const { visible } = lens;
  const navigate = useNavigate();
  const matches = useSearchMatches(q);
  const onGraphDrawn = useDetailsAfterFirstView(view === 'graph');
  const firstViewShown = useAfterFirstView(view === 'graph');
  const graphCommands = useRef<GraphCommands>(null);
  const compact = useCompactLayout();
  const parts = usePageParts({ compact, view, selectedId });
  const details = useRef<HTMLElement>(null);
  const detailsOver = view === 'graph' && selectedId !== null && (!compact || parts.detailsOpen);
  const graphInsets = useCoveredEdge(details, detailsOver);
  // How far down the page the view starts: on a phone the graph fills the rest of the first screen.
  const top = useHeightProperty<HTMLDivElement>('--top-height', '.app');

  const selected = selectedId ? index.node(selectedId) : undefined;
  const lang = useViewStore((state) => state.view.lang);
  // After the frame that shows the change: setting the title takes about a millisecond of a click's own task.
  useEffect(() => {
    const words = [selected?.title[lang], view === 'graph' ? undefined : t(`views.${view}`), t('app.name')];
    return afterNextPaint(() => {
      document.title = words.filter(Boolean).join(' — ');
    });
  }, [selected, lang, view, t]);

  // The same element while the view stays: a filter change then leaves the header alone (its tabs follow the
  // address through the router, its language switch the view store).
  const header = useMemo(
    () => <Header view={view} graphCommands={graphCommands} loadLanguage={loadLanguage} compact={compact} />,
    [view, compact],
  );

  // The view, the details and the filter column are drawn again only when what they are given changes: a selection
  // or an address change then leaves the rest of the page alone.
  const context = useMemo(
    (): ViewContext => ({
      dataset,
      index,
      visible,
      scopeResult,
      matches,
      graphCommands,
      onGraphDrawn,
      graphInsets,
      compact,
    }),
    [dataset, index, visible, scopeResult, matches, onGraphDrawn, graphInsets, compact],
  );
  const focusOnGraph = useCallback((id: string) => graphCommands.current?.focusNode(id) ?? false, []);

  // Beside the graph the filter column folds to a rail; on a phone it is a sheet on every view.
  const filtersFolded = (compact || view === 'graph') && !parts.filtersOpen;
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
  const list = view === 'graph' && (
    <VisibleNodesList
      id={PART_IDS.list}
      index={index}
      matches={matches}
      visibleNodes={visible.nodes}
      firstViewShown={firstViewShown}
    />
  );
  const onFiltersKey = (event: KeyboardEvent) => {
    if (!compact || !isFreeEscape(event)) return;
    event.preventDefault();
    parts.closeFilters();
  };
  return (
    <div className="app">
      <SkipLinks view={view} details={compact || view !== 'graph' || selectedId !== null} goTo={parts.goTo} />
      <div className="app__top" ref={top}>
        {header}
        <NoticeArea />
        {/* The annotations view shows the same banner inside its layer manager. */}
        {view !== 'layers' && <LazyUnreadableStoreBanner />}
        {view !== 'layers' && <LazyLayerSyncNotice />}
        {/* The view takes the focus once the prompt is answered: the graph, with the layer's marks, or the heading. */}
        <SharedLayerArea index={index} overGraph={view === 'graph'} onAnswered={parts.goTo.view} />
      </div>
      <div className={bodyClass}>
        {filtersFolded && !compact && (
          <FiltersRail
            id={PART_IDS.railButton}
            label={t('filters.show')}
            count={activeFamilies(filters).length}
            onOpen={parts.goTo.filters}
          />
        )}
        <nav
          id={PART_IDS.filters}
          tabIndex={-1}
          className="sidebar"
          aria-label={t('filters.heading')}
          hidden={filtersFolded}
          onKeyDown={onFiltersKey}
        >
          {/* Folded, the column's content is drawn after the rest of the page, at the lowest priority, and keeps its
              state; its effects wait until it opens. */}
          <Activity mode={filtersFolded ? 'hidden' : 'visible'}>
            {(compact || view === 'graph') && (
              <button type="button" className="button sidebar__fold" onClick={parts.closeFilters}>
                <span aria-hidden="true">{compact ? '× ' : '« '}</span>
                {t('filters.hide')}
              </button>
            )}
            <SearchBox index={index} visibleNodes={visible.nodes} />
            <RoleSelect value={role} onChange={setRole} />
            <FrameworkLensControl index={index} lens={lens} />
            {role && (
              <Suspense fallback={null}>
                <RoleGuide
                  index={index}
                  role={role}
                  onSelect={select}
                  onOpenTool={openTool}
                  headingLevel={2}
                />
              </Suspense>
            )}
            {hasAtlasOverlay && (
              <Suspense fallback={null}>
                <AtlasOverlayPanel index={index} headingLevel={2} />
              </Suspense>
            )}
            <FiltersPanel visible={visible} editionChoice={view !== 'llm-top10'} />
            {!compact && list}
            <DataVersion
              upstream={dataset.upstream}
              label={t('about.dataVersion')}
              opensInNewTab={t('details.opensInNewTab')}
            />
          </Activity>
        </nav>
        {/* A view that fails to render leaves the header, filters and details working; another view retries. */}
        <ViewErrorBoundary
          resetKey={pathname}
          labels={{ heading: t('viewError.heading'), hint: t('viewError.hint'), retry: t('viewError.retry') }}
        >
          <Outlet context={context} />
        </ViewErrorBoundary>
        {compact && list && <div className="app__list">{list}</div>}
        <DetailsPanel
          ref={details}
          id={PART_IDS.details}
          placement={compact ? 'sheet' : view === 'graph' ? 'over' : 'column'}
          open={parts.detailsOpen}
          index={index}
          nodeId={selectedId}
          visibleNodes={scoped.nodes}
          shownWith={shownWith}
          scopeResult={scopeResult}
          focusOnGraph={focusOnGraph}
        />
      </div>
      {compact && (
        <PhoneBar
          view={view}
          filtersOpen={parts.filtersOpen}
          detailsOpen={parts.detailsOpen}
          activeFilters={activeFamilies(filters).length}
          onView={parts.goTo.view}
          onFilters={parts.toggleFilters}
          onList={parts.goTo.list}
          onDetails={parts.toggleDetails}
        />
      )}
    </div>
  );
}
