import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';

import { App } from '../../src/app/App';
import { createI18n } from '../../src/app/i18n/createI18n';
import { routes } from '../../src/app/routes';
import { STORE_KEY } from '../../src/model/layers/layerStore';
import { parseLanguage } from '../../src/model/url';
import { resetDataStore } from '../../src/state/dataStore';
import { resetAppLayerStore } from '../../src/state/layerStore';
import { resetViewStore } from '../../src/state/viewStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

// jsdom has no canvas: the graph is replaced by a stand-in that keeps its props contract.
vi.mock('../../src/features/graph/GraphView', () => import('./graphStandIn'));

interface RenderAppOptions {
  /** What the data fetch returns (default: the sample data set); an Error makes the fetch fail. */
  data?: unknown;
  /** The text the browser has saved for the annotation layers when the app starts (default: nothing). */
  savedLayers?: string;
}

/** Renders the whole app at `url` (path and query), with the data fetch answered from memory. */
export function renderApp(url = '/', { data = sampleDataset, savedLayers }: RenderAppOptions = {}) {
  resetDataStore();
  resetViewStore();
  // Layers are saved in localStorage: each render starts with only what the test saved.
  localStorage.clear();
  if (savedLayers !== undefined) localStorage.setItem(STORE_KEY, savedLayers);
  resetAppLayerStore();
  const fetch = vi.fn(async () => {
    if (data instanceof Error) throw data;
    return { ok: true, status: 200, json: async () => structuredClone(data) } as Response;
  });
  vi.stubGlobal('fetch', fetch);

  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const i18n = createI18n(parseLanguage(new URL(url, 'http://localhost').search));
  const user = userEvent.setup();
  const result = render(<App router={router} i18n={i18n} />);
  return {
    ...result,
    user,
    router,
    fetch,
    /** The current path and query, as the address bar would show them. */
    location: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
