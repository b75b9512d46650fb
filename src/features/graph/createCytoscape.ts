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
 * filled by the frames that follow. This reaches into the renderer of the pinned Cytoscape version; if its shape
 * ever changes, nothing happens.
 */
function drawFirstFrameInView(cy: Core): Core {
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererInternals | undefined }).renderer?.();
  const layers = renderer?.data?.lyrTxrCache;
  if (layers && layers.firstGet === true) layers.firstGet = false;
  drawLargeShapesDirectly(renderer?.data?.eleTxrCache);
  drawFirstFrameDirectly(cy, [renderer?.data?.eleTxrCache, renderer?.data?.lblTxrCache]);
  return cy;
}

/** The classes of the elements that hold others: the regions of the sections and the frames of the groups. */
const LARGE_SHAPES = ['band', 'frame'];

/**
 * The regions and frames are the largest shapes on the canvas. Drawn from textures, each is first painted into a
 * texture (up to 500 pixels high, 1,024 wide), again whenever its style or the zoom level changes, then copied onto
 * the canvas at every frame; with software rendering that cost a filter change about 5 ms. Filling the shape straight
 * onto the canvas costs less (docs/performance.md). Their labels keep their textures. Like the first frame's, this
 * reaches into the pinned Cytoscape's renderer and does nothing if its shape changes; it is set up before the first
 * frame's, which puts back the cache's lookup as it found it.
 */
function drawLargeShapesDirectly(cache: ElementTextureCache | undefined): void {
  if (!isTextureCache(cache)) return;
  const getElement = cache.getElement.bind(cache) as (ele: unknown, ...rest: unknown[]) => unknown;
  cache.getElement = ((ele: { hasClass?: (name: string) => boolean }, ...rest: unknown[]) =>
    LARGE_SHAPES.some((name) => ele.hasClass?.(name)) ? null : getElement(ele, ...rest)) as never;
}

const isTextureCache = (cache: ElementTextureCache | undefined): cache is ElementTextureCache =>
  typeof cache?.getElement === 'function';

/** Until the first frame has been drawn, the texture caches answer "none", so it draws onto the canvas. */
function drawFirstFrameDirectly(cy: Core, caches: (ElementTextureCache | undefined)[]): void {
  if (!caches.every(isTextureCache)) return;
  const restores = caches.map((cache) => {
    const getElement = cache.getElement;
    cache.getElement = () => null;
    return () => {
      cache.getElement = getElement;
    };
  });
  cy.one('render', () => restores.forEach((restore) => restore()));
}
