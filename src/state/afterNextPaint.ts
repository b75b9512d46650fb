/** Runs `run` once; the function returned cancels it. */
export type Schedule = (run: () => void) => () => void;

/**
 * After the next frame has been painted: a task posted from an animation frame callback runs once that frame's
 * rendering is done. Without animation frames (outside a browser), after the current task.
 */
export const afterNextPaint: Schedule = (run) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};
