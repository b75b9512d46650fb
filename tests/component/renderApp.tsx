import { act, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import {
  type Location,
  MemoryRouter,
  type NavigationType,
  useLocation,
  useNavigate,
  useNavigationType,
} from 'react-router';
import { vi } from 'vitest';

import { App } from '../../src/app/App';
import { createI18n } from '../../src/app/i18n/createI18n';
import { AppRoutes } from '../../src/app/routes';
import { splitDataset } from '../../src/model/datasetParts';
import { STORE_KEY } from '../../src/model/layers/layerStore';
import type { Dataset } from '../../src/model/schema';
import { parseLanguage } from '../../src/model/url';
import { resetDataStore } from '../../src/state/dataStore';
import { resetFirstViewStore } from '../../src/state/firstViewStore';
import { resetFrameworksStore } from '../../src/state/frameworksStore';
import { resetAppLayerStore } from '../../src/state/layerStore';
import { resetViewStore, useViewStore } from '../../src/state/viewStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';
import { sampleFrameworks } from '../unit/fixtures/sampleFrameworks';

import { testI18n } from './testI18n';

// Views and workflow parts load on first use; on a busy machine compiling one can take more than findBy's default
// second.
configure({ asyncUtilTimeout: 4000 });

// jsdom has no canvas: the graph is replaced by a stand-in that keeps its props contract.
vi.mock('../../src/features/graph/GraphView', () => import('./graphStandIn'));

/** What a data file request is answered with: JSON, an Error (the fetch fails) or PENDING (no answer yet). */
type Answer = unknown;
export const PENDING = Symbol('pending');

/** What the address bar and the history show; kept up to date by `RouterProbe`. */
interface RouterState {
  location: Location;
  historyAction: NavigationType;
}

/** Reads the memory router's state for the tests after each change, and lets them go back and forward. */
function RouterProbe({ report }: { report(state: RouterState, go: (to: number | string) => void): void }) {
  const location = useLocation();
  const historyAction = useNavigationType();
  const navigate = useNavigate();
  useLayoutEffect(() =>
    report({ location, historyAction }, (to) => void (typeof to === 'number' ? navigate(to) : navigate(to))),
  );
  return null;
}

interface RenderAppOptions {
  /**
   * The data set the app fetches (default: the sample data set), served as its core and details parts; an
   * Error makes the fetches fail.
   */
  data?: unknown;
  /** What the details request gets instead of the details part of `data`. */
  details?: Answer;
  /** Start with only the bundled English strings, as the page does; other languages then load on first use. */
  englishOnly?: boolean;
  /** What the framework data request gets (default: the sample frameworks file). */
  frameworks?: Answer;
  /** The text the browser has saved for the annotation layers when the app starts (default: nothing). */
  savedLayers?: string;
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
export function renderApp(
  url = '/',
  {
    data = sampleDataset,
    details,
    frameworks = sampleFrameworks,
    englishOnly = false,
    savedLayers,
  }: RenderAppOptions = {},
) {
  resetDataStore();
  resetFrameworksStore();
  resetFirstViewStore();
  resetViewStore();
  // Layers are saved in localStorage: each render starts with only what the test saved.
  localStorage.clear();
  if (savedLayers !== undefined) localStorage.setItem(STORE_KEY, savedLayers);
  resetAppLayerStore();
  const answers = parts(data, details);
  const fetch = vi.fn((input: RequestInfo | URL) => {
    const url = String(input);
    if (url.includes('frameworks')) return respond(frameworks);
    return respond(url.includes('details') ? answers.details : answers.core);
  });
  vi.stubGlobal('fetch', fetch);

  let go = (_to: number | string) => {};
  const router = {
    state: {} as RouterState,
    /** Back (-1) or forward (1) in the history, as the browser's buttons do, or to an address of the app. */
    navigate: (to: number | string) => act(async () => go(to)),
  };
  const lang = parseLanguage(new URL(url, 'http://localhost').search);
  const i18n = englishOnly ? createI18n(lang) : testI18n(lang);
  const user = userEvent.setup();
  const result = render(
    <App i18n={i18n}>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        <AppRoutes />
        <RouterProbe
          report={(state, navigate) => {
            router.state = state;
            go = navigate;
          }}
        />
      </MemoryRouter>
    </App>,
  );
  return {
    ...result,
    user,
    router,
    fetch,
    /**
     * The current path and query, as the address bar shows them once any update held back for the next frame has
     * been written and the router has taken in every write (some ran on a timer, outside the tests' `act`).
     */
    location: async () => {
      await act(async () => {
        useViewStore.getState().flushAddress();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      return `${router.state.location.pathname}${router.state.location.search}`;
    },
  };
}

/**
 * The list of shown nodes once its rows are drawn: beside the graph they follow its first view, which the page now
 * renders a moment after the list's frame.
 */
export function findList(): Promise<HTMLElement> {
  return waitFor(() => {
    const list = screen.getByTestId('visible-nodes');
    if (list.getAttribute('aria-busy') === 'true') throw new Error('the list still waits for the first view');
    return list;
  });
}
