/** What counts as the person at work: a press, a click (also one made by a script), a key, the wheel. */
const INPUT_EVENTS = ['pointerdown', 'click', 'keydown', 'wheel'] as const;

/**
 * Runs `run` once the page has gone `quietMs` without input, at an idle moment after that: for background work that
 * would slow the answers to someone clicking through the page. Returns a function that cancels it.
 */
export function whenInputPauses(run: () => void, quietMs: number): () => void {
  let idle: number | undefined;
  const listen = { capture: true, passive: true } as const;
  const stopListening = () =>
    INPUT_EVENTS.forEach((type) => window.removeEventListener(type, restart, listen));
  const quiet = () => {
    stopListening();
    if (window.requestIdleCallback) idle = window.requestIdleCallback(run, { timeout: 2000 });
    else run();
  };
  let timer = window.setTimeout(quiet, quietMs);
  function restart() {
    window.clearTimeout(timer);
    timer = window.setTimeout(quiet, quietMs);
  }
  INPUT_EVENTS.forEach((type) => window.addEventListener(type, restart, listen));
  return () => {
    stopListening();
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
