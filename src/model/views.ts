/** The views of the app: each is a path; all share the query string (filters, selection, language). */

export const VIEWS = [
  'graph',
  'table',
  'ml-top10',
  'llm-top10',
  'index',
  'scope',
  'layers',
  'crosswalk',
] as const;
export type ViewId = (typeof VIEWS)[number];

/** Paths below the base path the app is served from. */
export const VIEW_PATHS: Record<ViewId, string> = {
  graph: '/',
  table: '/table',
  'ml-top10': '/ml-top10',
  'llm-top10': '/llm-top10',
  index: '/index',
  scope: '/scope',
  layers: '/layers',
  crosswalk: '/crosswalk',
};

/** Orders of the Top 10 views (`sort=`): by number (the default), a risk factor, or coverage. */
export const TOP10_SORTS = ['id', 'exploitability', 'detectability', 'technical', 'coverage'] as const;
export type Top10Sort = (typeof TOP10_SORTS)[number];

/** Layouts of the periodic table view (`layout=`): with the controls column, or the AI security matrix without. */
export const TABLE_LAYOUTS = ['table', 'matrix'] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];

/** The view a path (below the base path) shows; `null` for any other path. A trailing slash is ignored. */
export function viewOfPath(pathname: string): ViewId | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return VIEWS.find((view) => VIEW_PATHS[view] === path) ?? null;
}
