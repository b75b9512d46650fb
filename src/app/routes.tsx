import type { RouteObject } from 'react-router';

import { NavigatorPage } from './NavigatorPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';

/** `/` is the navigator; anything else is not found. Shared by the browser router and tests. */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <NavigatorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
