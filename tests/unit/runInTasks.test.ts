import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { runInTasksAfterPaint } from '../../src/features/graph/runInTasks';

/** Work of `steps` steps that each take 15 ms of the (faked) clock, and says how many ran. */
function work(steps: number, clock: { now: number }, ran: number[]) {
  return function* (): Generator<void, string> {
    for (let step = 0; step < steps; step += 1) {
      clock.now += 15;
      ran.push(step);
      yield;
    }
    return `${steps} steps`;
  };
}

describe('runInTasksAfterPaint', () => {
  const clock = { now: 0 };
  beforeEach(() => {
    vi.useFakeTimers();
    clock.now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('spreads the work over several short tasks, then hands its result over', () => {
    const ran: number[] = [];
    const then = vi.fn(() => undefined);
    runInTasksAfterPaint(work(10, clock, ran), then);
    expect(ran).toEqual([]);
    let tasks = 0;
    while (vi.getTimerCount() > 0) {
      const before = ran.length;
      vi.advanceTimersToNextTimer();
      if (ran.length > before) tasks += 1;
    }
    expect(then).toHaveBeenCalledOnce();
    expect(then).toHaveBeenCalledWith('10 steps');
    expect(ran).toHaveLength(10);
    expect(tasks).toBeGreaterThan(2);
  });

  it('cancelled midway, runs no more of the work and never hands over', () => {
    const ran: number[] = [];
    const then = vi.fn(() => undefined);
    const cancel = runInTasksAfterPaint(work(10, clock, ran), then);
    vi.advanceTimersToNextTimer();
    const done = ran.length;
    expect(done).toBeGreaterThan(0);
    cancel();
    vi.runAllTimers();
    expect(ran).toHaveLength(done);
    expect(then).not.toHaveBeenCalled();
  });

  it('cancelled after the hand-over, undoes what it did', () => {
    const undo = vi.fn();
    const cancel = runInTasksAfterPaint(work(2, clock, []), () => undo);
    vi.runAllTimers();
    expect(undo).not.toHaveBeenCalled();
    cancel();
    expect(undo).toHaveBeenCalledOnce();
  });
});
