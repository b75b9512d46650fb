/** How far a finger moves before its touch is a swipe rather than a tap, in pixels. */
const SWIPE = 8;

export interface SharedTouch {
  /** Gives one finger back to the page. */
  release(): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * On a page that scrolls (a phone), a one-finger swipe over the canvas scrolls the page, as everywhere else on it:
 * Cytoscape would take it to pan the graph and stop the page from scrolling past it. Two fingers pan and zoom the
 * graph as always. A tap selects as always and also hands one finger to the graph (`onHandsOn(true)`), until the
 * next touch outside the canvas or `release()`.
 *
 * Cytoscape listens for touch moves and ends on the window, after the page's own listeners: these listen on the
 * container as the event comes down to its target, and keep what is the page's from going further. A swipe that
 * starts on a node has already told Cytoscape of its start, so it is told that the touch was cancelled.
 */
export function shareTouchWithPage(
  container: HTMLElement,
  onHandsOn: (handsOn: boolean) => void,
): SharedTouch {
  let handsOn = false;
  /** Where the current one-finger touch started; null while two fingers are down, or no touch is. */
  let start: { x: number; y: number } | null = null;
  let swiping = false;
  const set = (value: boolean) => {
    if (handsOn === value) return;
    handsOn = value;
    onHandsOn(value);
  };

  const onStart = (event: TouchEvent) => {
    if (!(event.target instanceof Node) || !container.contains(event.target)) {
      set(false);
      start = null;
      return;
    }
    const touch = event.touches[0];
    start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    swiping = false;
  };
  const onMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (handsOn || !start || event.touches.length !== 1 || !touch) return;
    event.stopPropagation();
    if (!swiping && Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > SWIPE) {
      swiping = true;
      container.dispatchEvent(new Event('touchcancel', { bubbles: true }));
    }
  };
  const onEnd = (event: TouchEvent) => {
    if (handsOn || !start || event.touches.length > 0) return;
    if (swiping) event.stopPropagation();
    else set(true);
    start = null;
  };

  const options = { capture: true, passive: true };
  document.addEventListener('touchstart', onStart, options);
  container.addEventListener('touchmove', onMove, options);
  container.addEventListener('touchend', onEnd, options);
  return {
    release: () => set(false),
    stop() {
      document.removeEventListener('touchstart', onStart, options);
      container.removeEventListener('touchmove', onMove, options);
      container.removeEventListener('touchend', onEnd, options);
    },
  };
}
