import { afterNextPaint } from '../../state/afterNextPaint';

/** How long each task that advances the work runs, at most a step longer. */
const TASK_MS = 40;

/**
 * Once the page has been painted, runs `work` (a generator that pauses between steps) in tasks of about 40 ms, so
 * none is a long one, then hands its result to `then`. The function returned cancels what has not run yet and
 * undoes what `then` did (the function it returned).
 */
export function runInTasksAfterPaint<T>(
  work: () => Iterator<unknown, T>,
  then: (result: T) => (() => void) | undefined,
): () => void {
  let undo: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancel = afterNextPaint(() => {
    const steps = work();
    const advance = () => {
      const start = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - start < TASK_MS) step = steps.next();
      const { done, value } = step;
      timer = setTimeout(done ? () => (undo = then(value)) : advance, 0);
    };
    advance();
    cancel = () => clearTimeout(timer);
  });
  return () => {
    cancel();
    undo?.();
  };
}
