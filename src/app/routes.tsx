import { type RouteObject, useRoutes } from 'react-router';

import { CatalogueRoute } from './CatalogueRoute';
import { GraphRoute } from './GraphRoute';
import { LayersRoute } from './LayersRoute';
import { NavigatorPage } from './NavigatorPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { ScopeRoute } from './ScopeRoute';

/**
 * The views share one page (header, filters, details) and the query string; each has a path (docs/url-scheme.md).
 * Anything else is not found. Rendered inside the browser router of the page or the memory router of tests.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: <NavigatorPage />,
        children: [
          { index: true, element: <GraphRoute /> },
          { path: 'table', element: <CatalogueRoute view="table" /> },
          { path: 'ml-top10', element: <CatalogueRoute view="ml-top10" /> },
          { path: 'llm-top10', element: <CatalogueRoute view="llm-top10" /> },
          { path: 'index', element: <CatalogueRoute view="index" /> },
          { path: 'scope', element: <ScopeRoute /> },
          { path: 'layers', element: <LayersRoute /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The views of the current location; the declarative router API keeps react-router's data router out of the bundle. */
export function AppRoutes() {
  return useRoutes(routes);
}
