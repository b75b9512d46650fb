import { create } from 'zustand';

import { useFirstViewStore } from '../state/firstViewStore';

import { whenInputPauses } from './whenInputPauses';

/**
 * The precaching service worker the build generates (vite-plugin-pwa, see vite.config.ts): the app works offline
 * after the first visit. What happens on a deploy (docs/deploy.md, "Updates"):
 * - First visit: the worker installs once the first view is on screen and the page has gone two seconds without
 *   input (it then downloads every file of the app, which must not compete with the first view or the clicks after
 *   it), activates at once and takes control of the page (`clientsClaim`).
 * - A new version deployed: the browser finds the new worker when the app is opened or reloaded, when the tab comes
 *   back into view, and every hour. It installs beside the old one and waits, so that the open page keeps the
 *   files it runs on; the page says "A new version is ready" with a Reload button.
 * - Reload: the waiting worker is told to take over (`SKIP_WAITING`), and once it controls the page, the page loads
 *   again, from the new version. Other open tabs then say the same, so that none runs old code unknowingly.
 */

interface UpdateState {
  /** A new version is installed and waits for this page to reload into it. */
  ready: boolean;
  /** Makes the new version take over, then reloads. */
  apply(): void;
}

export const useUpdateStore = create<UpdateState>()(() => ({ ready: false, apply: () => {} }));

const HOURLY = 60 * 60 * 1000;

/** Should the first view never be shown (the data or the graph failed, say), the worker comes after this long. */
const FIRST_VIEW_WAIT_MS = 10_000;
/** How long the page must go without input before the worker installs. */
const INPUT_PAUSE_MS = 2000;

export function registerServiceWorkerAfterFirstView() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then(watchForUpdates)
      .catch((error: unknown) => {
        console.warn('The app will not work offline: the service worker could not be registered.', error);
      });
  };
  // Installing, the worker downloads and stores every file of the app on threads of its own: on a machine of two
  // cores that slows the canvas's first drawing (by a quarter, measured) and the answers to the clicks after it, so it
  // waits for the first view and then for a pause in the person's work.
  const afterFirstView = () => {
    unsubscribe();
    window.clearTimeout(timer);
    whenInputPauses(register, INPUT_PAUSE_MS);
  };
  const unsubscribe = useFirstViewStore.subscribe((state) => {
    if (state.shown) afterFirstView();
  });
  const timer = window.setTimeout(afterFirstView, FIRST_VIEW_WAIT_MS);
}

/** Offers a worker that waits to replace the one controlling the page, now and whenever one is installed. */
export function watchForUpdates(registration: ServiceWorkerRegistration) {
  const container = navigator.serviceWorker;
  // Whether this page ran under a worker when it started: without one this is the first visit, not an update.
  const hadController = container.controller !== null;
  let reloading = false;

  const offer = (worker: ServiceWorker) => {
    if (!hadController && !container.controller) return;
    useUpdateStore.setState({
      ready: true,
      apply() {
        reloading = true;
        // Once the new worker controls the page (`controllerchange`), the page reloads; if it already does
        // (another tab made it take over), reload now.
        if (worker.state === 'activated') window.location.reload();
        else worker.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };

  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && registration.waiting === installing) offer(installing);
    });
  });
  container.addEventListener('controllerchange', () => {
    if (reloading) {
      window.location.reload();
      return;
    }
    // Another tab let a new version take over: this page still runs the old one.
    if (hadController && container.controller) offer(container.controller);
  });

  // Look for a new version now and then, and when the tab comes back into view.
  const check = () => void registration.update().catch(() => {});
  setInterval(check, HOURLY);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
