// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { whenInputPauses } from '../../src/app/whenInputPauses';

describe('whenInputPauses', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once the page has gone the given time without input', () => {
    const run = vi.fn();
    whenInputPauses(run, 2000);
    vi.advanceTimersByTime(1999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2001);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits while someone clicks, types or scrolls, and runs only once', () => {
    const run = vi.fn();
    whenInputPauses(run, 2000);
    for (const event of [new MouseEvent('click'), new KeyboardEvent('keydown'), new WheelEvent('wheel')]) {
      vi.advanceTimersByTime(1500);
      document.body.dispatchEvent(event);
    }
    vi.advanceTimersByTime(1500);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(run).toHaveBeenCalledTimes(1);
    document.body.click();
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const run = vi.fn();
    const cancel = whenInputPauses(run, 2000);
    vi.advanceTimersByTime(1000);
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});
