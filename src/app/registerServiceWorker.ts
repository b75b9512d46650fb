import { useDataStore } from '../state/dataStore';

/**
 * Registers the precaching service worker the build generates (vite-plugin-pwa, see vite.config.ts) so the app
 * works offline after the first visit. It waits until the data set has been loaded: the worker then downloads
 * every file of the app, which must not compete with the first view for bandwidth.
 */
export function registerServiceWorkerAfterLoad() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      console.warn('The app will not work offline: the service worker could not be registered.', error);
    });
  };
  const settled = () => {
    const { status } = useDataStore.getState().data;
    return status === 'ready' || status === 'error';
  };
  if (settled()) {
    register();
    return;
  }
  const unsubscribe = useDataStore.subscribe(() => {
    if (!settled()) return;
    unsubscribe();
    register();
  });
}
