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

/** A cache of drawn elements (or of their labels) of Cytoscape's canvas renderer; null means "draw it directly". */
interface ElementTextureCache {
  getElement: (ele: never, ...rest: never[]) => unknown;
}

interface CanvasRendererInternals {
  data?: {
    lyrTxrCache?: { firstGet?: boolean };
    eleTxrCache?: ElementTextureCache;
    lblTxrCache?: ElementTextureCache;
  };
}

/**
 * Cytoscape's canvas renderer caches the drawing in layers covering the whole graph, and each element and label in
 * a texture of its own. On the very first frame it fills the layers at once, every element included, before
 * anything shows; on later frames it fills them bit by bit and draws only what is in view meanwhile. Marking the
 * first frame as a later one lets the graph show after drawing what is in view (about 150 ms sooner on the shipped
 * data with software rendering). That frame then draws each element into its texture and the texture onto the
 * canvas; drawing straight onto the canvas instead shows the graph about 200 ms sooner again, and the textures are
 * filled by the frames that follow.
 *
 * The regions of the sections and the frames of the groups, the largest shapes on the canvas, are always drawn
 * straight: from textures, each was first painted into one (up to 500 pixels high, 1,024 wide), again whenever its
 * style or the zoom level changed, then copied onto the canvas at every frame, which with software rendering cost a
 * filter change about 5 ms (docs/performance.md). Their labels keep their textures.
 *
 * This reaches into the renderer of the pinned Cytoscape version; if its shape ever changes, nothing happens.
 */
function drawFirstFrameInView(cy: Core): Core {
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererInternals | undefined }).renderer?.();
  const layers = renderer?.data?.lyrTxrCache;
  if (layers && layers.firstGet === true) layers.firstGet = false;
  let firstFrameDrawn = false;
  drawDirectlyWhen(renderer?.data?.eleTxrCache, (ele) => !firstFrameDrawn || isLargeShape(ele));
  // Labels go back to their own lookup after the first frame, with nothing wrapped around it.
  const restoreLabels = drawDirectlyWhen(renderer?.data?.lblTxrCache, () => true);
  cy.one('render', () => {
    firstFrameDrawn = true;
    restoreLabels();
  });
  return cy;
}

/** The classes of the elements that hold others: the regions of the sections and the frames of the groups. */
const LARGE_SHAPES = ['band', 'frame'];

/** What the caches are asked about: an element of the canvas (its classes are all that is read). */
interface CachedElement {
  hasClass?: (name: string) => boolean;
}

const isLargeShape = (ele: CachedElement) => LARGE_SHAPES.some((name) => ele.hasClass?.(name));

/**
 * Makes the cache answer "none" (draw it directly) for the elements `direct` picks; returns the function that puts
 * its own lookup back.
 */
function drawDirectlyWhen(
  cache: ElementTextureCache | undefined,
  direct: (ele: CachedElement) => boolean,
): () => void {
  if (typeof cache?.getElement !== 'function') return () => {};
  const own = cache.getElement;
  const getElement = own.bind(cache) as (ele: unknown, ...rest: unknown[]) => unknown;
  cache.getElement = ((ele: CachedElement, ...rest: unknown[]) =>
    direct(ele) ? null : getElement(ele, ...rest)) as never;
  return () => {
    cache.getElement = own;
  };
}
