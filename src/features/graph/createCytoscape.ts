import type { Core, CytoscapeOptions } from 'cytoscape';

import { lazyModule } from '../common/lazyModule';

/**
 * The one place a Cytoscape instance is made (component tests swap in a headless one). Cytoscape is the largest
 * library of the app, so it is a chunk of its own: the page, the filters and the list do not wait for it, and its
 * download runs beside the data set's (`preloadCytoscape` at start-up).
 */

const engine = lazyModule(() => import('cytoscape').then((module) => module.default));

export function preloadCytoscape(): Promise<void> {
  return engine.load().then(() => undefined);
}

/** A new instance, or null while Cytoscape is still loading; `onLoaded` is then called once it can be made. */
export function createCytoscape(options: CytoscapeOptions, onLoaded?: () => void): Core | null {
  const factory = engine.current();
  if (factory) return drawFirstFrameInView(factory(options));
  engine.load().then(onLoaded, (error: unknown) => {
    console.error('The graph library could not be loaded.', error);
  });
  return null;
}

interface CanvasRendererInternals {
  data?: { lyrTxrCache?: { firstGet?: boolean } };
}

/**
 * Cytoscape's canvas renderer caches the drawing in layers covering the whole graph. On the very first frame it
 * fills them at once, every element included, before anything shows; on later frames it fills them bit by bit and
 * draws only what is in view meanwhile. Marking the first frame as a later one lets the graph show after drawing
 * what is in view (about 150 ms sooner on the shipped data with software rendering). This reaches into the renderer
 * of the pinned Cytoscape version; if its shape ever changes, nothing happens.
 */
function drawFirstFrameInView(cy: Core): Core {
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererInternals | undefined }).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  if (cache && cache.firstGet === true) cache.firstGet = false;
  return cy;
}
