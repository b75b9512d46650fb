/**
 * Code that runs inside the page. `installProbes` is added as an init script (before the app's own code); the
 * other functions are passed to `page.evaluate`, so each must be self-contained.
 */

export interface PageProbes {
  /** `performance.now()` (ms since navigation start) when the graph container first said it was drawn. */
  readyAt: number | null;
  /**
   * When the first frame that showed the graph had been painted: a picture of it (`.graph-picture`, which the app
   * shows before its canvas is ready) or the drawn canvas, whichever came first.
   */
  onScreenAt: number | null;
  firstPaint: number | null;
  longTasks: { start: number; duration: number }[];
  /**
   * Resolves once a frame in which `done()` holds has been painted: `done` is checked at the start of each frame
   * (in an animation frame callback, before the frame's style, layout and paint), and a message posted from that
   * callback runs once the frame has been painted. `stillWaiting` runs on each frame where `done` does not hold
   * yet and may throw.
   */
  paintedOnceTrue(done: () => boolean, stillWaiting: () => void): Promise<void>;
}

declare global {
  interface Window {
    __bench: PageProbes;
  }
}

export function installProbes() {
  const paintedOnceTrue = (done: () => boolean, stillWaiting: () => void) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        try {
          if (!done()) {
            stillWaiting();
            requestAnimationFrame(check);
            return;
          }
        } catch (error) {
          reject(error as Error);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    });
  const probes: PageProbes = {
    readyAt: null,
    onScreenAt: null,
    firstPaint: null,
    longTasks: [],
    paintedOnceTrue,
  };
  window.__bench = probes;
  const graphShown = () =>
    [...document.querySelectorAll('.graph-picture, [data-graph-ready="true"]')].some((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
    });
  void paintedOnceTrue(graphShown, () => undefined).then(() => {
    probes.onScreenAt = performance.now();
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') probes.firstPaint = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-graph-ready="true"]')) {
      probes.readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-graph-ready'],
  });
}

export interface LoadedResource {
  url: string;
  /** Bytes on the wire (compressed body), as the browser reports them. */
  transferred: number;
  end: number;
}

/** The document and every resource the page had received by `until` (ms since navigation start). */
export function resourcesUntil(until: number): LoadedResource[] {
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  return entries
    .filter((entry) => entry.responseEnd <= until)
    .map((entry) => ({ url: entry.name, transferred: entry.encodedBodySize, end: entry.responseEnd }));
}

/**
 * Clicks `target` and resolves, with the milliseconds since the click, once the graph draws `drawn` nodes and the
 * list (unless `listed` is null) lists `listed`, and the frame with the change has been painted.
 */
export async function timedToggle([target, drawn, listed]: readonly [
  Element,
  number,
  number | null,
]): Promise<number> {
  const canvas = document.querySelector('.graph-canvas');
  const list = listed === null ? null : document.querySelector('[data-testid="visible-nodes"]');
  if (!canvas || (listed !== null && !list)) throw new Error('graph or list missing');
  // A long list renders only the rows in view: it must then say it lists `expected` nodes and render some of them
  // (never more); a short list renders every row.
  const listUpdated = () => {
    if (!list) return true;
    const rows = list.querySelectorAll('[data-node-id]').length;
    if (list.getAttribute('data-long-list') !== 'true') return rows === listed;
    return Number(list.getAttribute('data-listed-count')) === listed && rows > 0 && rows <= listed!;
  };
  const updated = () => Number(canvas.getAttribute('data-visible-count')) === drawn && listUpdated();
  const start = performance.now();
  (target as HTMLElement).click();
  await window.__bench.paintedOnceTrue(updated, () => {
    if (performance.now() - start > 30_000)
      throw new Error(`the view did not reach ${drawn} nodes drawn, ${listed} listed`);
  });
  return performance.now() - start;
}

/** Where a node of the canvas is drawn, in page pixels (the instance is reached through its container). */
export function nodeOnPage(id: string): { x: number; y: number } {
  const container = document.querySelector('.graph-canvas__engine') as HTMLElement & {
    _cyreg?: { cy: import('cytoscape').Core };
  };
  const node = container._cyreg?.cy.getElementById(id);
  if (!node || node.empty()) throw new Error(`no node ${id} on the canvas`);
  const box = container.getBoundingClientRect();
  const at = node.renderedPosition();
  return { x: box.left + at.x, y: box.top + at.y };
}

/**
 * Resolves once the canvas's view and the node `id` have stood still for three frames (or after two seconds): a view
 * still moving (a panel closing, say, gives the picture room back), or the node still moving to its place in a
 * picture closing up after a filter change while the view stays, would take it away from where a press is aimed.
 */
export async function viewAtRest(id: string): Promise<void> {
  const container = document.querySelector('.graph-canvas__engine') as HTMLElement & {
    _cyreg?: { cy: import('cytoscape').Core };
  };
  const cy = container._cyreg?.cy;
  if (!cy) return;
  const started = performance.now();
  let last = '';
  let still = 0;
  while (still < 3 && performance.now() - started < 2000) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = JSON.stringify([cy.zoom(), cy.pan(), cy.getElementById(id).renderedPosition()]);
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/**
 * Watches for the next pointer press and, from that moment, for the first painted frame in which the details panel
 * names `title`; `detailsShownAfterPress` then gives the milliseconds between the two. The watch starts with the
 * press itself: started once the click had come back to the benchmark, it missed a frame painted in between and
 * timed the answer at the frame after.
 */
export function watchDetailsAfterPress(title: string) {
  const win = window as unknown as { __shownAfterPress?: Promise<number> };
  win.__shownAfterPress = new Promise<number>((resolve, reject) => {
    document.addEventListener(
      'pointerdown',
      (event) => {
        const pressed = event.timeStamp;
        const shown = () => document.getElementById('details-title')?.textContent?.includes(title) ?? false;
        window.__bench
          .paintedOnceTrue(shown, () => {
            if (performance.now() - pressed > 30_000)
              throw new Error(`the details of "${title}" never showed`);
          })
          .then(() => resolve(performance.now() - pressed), reject);
      },
      { capture: true, once: true },
    );
  });
}

/** The milliseconds from the press `watchDetailsAfterPress` waited for to its details painted. */
export function detailsShownAfterPress(): Promise<number> {
  const shown = (window as unknown as { __shownAfterPress?: Promise<number> }).__shownAfterPress;
  if (!shown) throw new Error('no press was watched for');
  return shown;
}
