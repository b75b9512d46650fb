import type cytoscape from 'cytoscape';
import type { Core, CytoscapeOptions } from 'cytoscape';

/**
 * The one place a Cytoscape instance is made (component tests swap in a headless one). Cytoscape is the largest
 * library of the app, so it is a chunk of its own: the page, the filters and the list do not wait for it, and its
 * download runs beside the data set's (`preloadCytoscape` at start-up).
 */

let factory: typeof cytoscape | null = null;
let loading: Promise<void> | null = null;

export function preloadCytoscape(): Promise<void> {
  loading ??= import('cytoscape').then((module) => {
    factory = module.default;
  });
  return loading;
}

/** A new instance, or null while Cytoscape is still loading; `onLoaded` is then called once it can be made. */
export function createCytoscape(options: CytoscapeOptions, onLoaded?: () => void): Core | null {
  if (factory) return factory(options);
  preloadCytoscape().then(onLoaded, (error: unknown) => {
    console.error('The graph library could not be loaded.', error);
  });
  return null;
}
