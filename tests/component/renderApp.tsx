import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';

import { App } from '../../src/app/App';
import { createI18n } from '../../src/app/i18n/createI18n';
import { routes } from '../../src/app/routes';
import { splitDataset } from '../../src/model/datasetParts';
import type { Dataset } from '../../src/model/schema';
import { parseLanguage } from '../../src/model/url';
import { resetDataStore } from '../../src/state/dataStore';
import { resetAppLayerStore } from '../../src/state/layerStore';
import { resetViewStore } from '../../src/state/viewStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

// jsdom has no canvas: the graph is replaced by a stand-in that keeps its props contract.
vi.mock('../../src/features/graph/GraphView', () => import('./graphStandIn'));

/** What a data file request is answered with: JSON, an Error (the fetch fails) or PENDING (no answer yet). */
type Answer = unknown;
export const PENDING = Symbol('pending');

interface RenderAppOptions {
  /**
   * The data set the app fetches (default: the sample data set), served as its core and details parts; an
   * Error makes the fetches fail.
   */
  data?: unknown;
  /** What the details request gets instead of the details part of `data`. */
  details?: Answer;
}

function parts(data: unknown, details: Answer): { core: Answer; details: Answer } {
  if (data instanceof Error) return { core: data, details: data };
  const whole = data as Partial<Dataset> | null;
  const split = Array.isArray(whole?.nodes) ? splitDataset(whole as Dataset) : null;
  return { core: split?.core ?? data, details: details !== undefined ? details : split?.details };
}

function respond(answer: Answer): Promise<Response> {
  if (answer instanceof Error) return Promise.reject(answer);
  if (answer === PENDING) return new Promise(() => {});
  const bytes = new TextEncoder().encode(JSON.stringify(answer)).buffer;
  return Promise.resolve(
    new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
}

/** Renders the whole app at `url` (path and query), with the data fetch answered from memory. */
export function renderApp(url = '/', { data = sampleDataset, details }: RenderAppOptions = {}) {
  resetDataStore();
  resetViewStore();
  // Layers are saved in localStorage: each render starts without any.
  localStorage.clear();
  resetAppLayerStore();
  const answers = parts(data, details);
  const fetch = vi.fn((input: RequestInfo | URL) =>
    respond(String(input).includes('details') ? answers.details : answers.core),
  );
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
