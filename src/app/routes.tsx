import { lazy, Suspense } from 'react';
import { type RouteObject, useRoutes } from 'react-router';

import { CatalogueRoute } from './CatalogueRoute';
import { GraphRoute } from './GraphRoute';
import { NavigatorPage } from './NavigatorPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { ViewFallback } from './ViewFallback';

// The workflow views load when first opened: the graph, the first view, does not carry them.
const ScopeRoute = lazy(() => import('./ScopeRoute').then((module) => ({ default: module.ScopeRoute })));
const LayersRoute = lazy(() => import('./LayersRoute').then((module) => ({ default: module.LayersRoute })));
const CrosswalkRoute = lazy(() =>
  import('./CrosswalkRoute').then((module) => ({ default: module.CrosswalkRoute })),
);

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
          {
            path: 'scope',
            element: (
              <Suspense fallback={<ViewFallback view="scope" />}>
                <ScopeRoute />
              </Suspense>
            ),
          },
          {
            path: 'layers',
            element: (
              <Suspense fallback={<ViewFallback view="layers" />}>
                <LayersRoute />
              </Suspense>
            ),
          },
          {
            path: 'crosswalk',
            element: (
              <Suspense fallback={<ViewFallback view="crosswalk" />}>
                <CrosswalkRoute />
              </Suspense>
            ),
          },
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
