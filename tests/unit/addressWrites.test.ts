import { afterEach, describe, expect, it, vi } from 'vitest';

import { deferredAddressWrites, REST_MS } from '../../src/state/addressWrites';
import type { Schedule } from '../../src/state/afterNextPaint';

/** A schedule the test runs by hand. */
function manualSchedule() {
  let queued: (() => void) | null = null;
  const schedule: Schedule = (task) => {
    queued = task;
    return () => {
      queued = null;
    };
  };
  return {
    schedule,
    run: () => {
      const task = queued;
      queued = null;
      task?.();
    },
    pending: () => queued !== null,
  };
}

/** `frame.run()` is the next painted frame, `rest.run()` the view at rest, `blur()` the window losing focus. */
function setup() {
  const write = vi.fn();
  const frame = manualSchedule();
  const rest = manualSchedule();
  let blur = () => {};
  const listening = vi.fn();
  const writes = deferredAddressWrites(write, {
    afterPaint: frame.schedule,
    atRest: rest.schedule,
    onBlur: (flush) => {
      blur = flush;
      listening(true);
      return () => {
        blur = () => {};
        listening(false);
      };
    },
  });
  return { write, frame, rest, writes, blur: () => blur(), listening };
}

describe('address writes', () => {
  it('writes updates in place once the view has rested, only the last of several', () => {
    const { write, frame, rest, writes } = setup();
    writes.navigate('?lifecycle=use', { replace: true });
    writes.navigate('?lifecycle=use,runtime', { replace: true });
    expect(writes.holdsBack()).toBe(true);
    expect(frame.pending()).toBe(false);
    rest.run();
    expect(writes.holdsBack()).toBe(false);
    expect(write.mock.calls).toEqual([['?lifecycle=use,runtime', { replace: true }]]);
    expect(rest.pending()).toBe(false);
  });

  it('writes a new entry after the next frame, in its turn after the update held back before it', () => {
    const { write, frame, rest, writes } = setup();
    writes.navigate('?lifecycle=use', { replace: true });
    writes.navigate('?lifecycle=use&node=evasion', { replace: false });
    writes.navigate('?lifecycle=use&node=datapoison', { replace: false });
    expect(write).not.toHaveBeenCalled();
    // The new entry does not wait for rest: the update before it goes with it.
    expect(rest.pending()).toBe(false);
    frame.run();
    expect(write.mock.calls).toEqual([
      ['?lifecycle=use', { replace: true }],
      ['?lifecycle=use&node=evasion', { replace: false }],
      ['?lifecycle=use&node=datapoison', { replace: false }],
    ]);
    expect(writes.holdsBack()).toBe(false);
  });

  it('folds an update in place into the new entry held back before it, written after the frame', () => {
    const { write, frame, rest, writes } = setup();
    writes.navigate('?node=evasion', { replace: false });
    writes.navigate('?node=evasion&q=poison', { replace: true });
    expect(rest.pending()).toBe(false);
    frame.run();
    expect(write.mock.calls).toEqual([['?node=evasion&q=poison', { replace: false }]]);
  });

  it('writes what is held back when the window loses focus, and listens only while it holds something', () => {
    const { write, rest, writes, blur, listening } = setup();
    writes.navigate('?q=poison', { replace: true });
    expect(listening.mock.calls).toEqual([[true]]);
    blur();
    expect(write.mock.calls).toEqual([['?q=poison', { replace: true }]]);
    expect(listening.mock.calls).toEqual([[true], [false]]);
    rest.run();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('drops a held-back new entry when the browser has moved on', () => {
    const { write, frame, writes, listening } = setup();
    writes.navigate('?node=evasion', { replace: false });
    writes.discard();
    frame.run();
    expect(write).not.toHaveBeenCalled();
    expect(listening.mock.calls).toEqual([[true], [false]]);
  });

  it('writes a held-back update when asked to, and drops it when the browser has moved on', () => {
    const { write, rest, writes } = setup();
    writes.navigate('?q=poison', { replace: true });
    writes.flush();
    expect(write.mock.calls).toEqual([['?q=poison', { replace: true }]]);
    writes.navigate('?q=poisoning', { replace: true });
    writes.discard();
    rest.run();
    writes.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  describe('in a page without animation frames', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('writes a new entry after the current task, an update in place once the view has rested', () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const write = vi.fn();
      const writes = deferredAddressWrites(write);
      writes.navigate('?node=evasion', { replace: false });
      vi.advanceTimersByTime(0);
      expect(write).toHaveBeenCalledWith('?node=evasion', { replace: false });
      writes.navigate('?node=evasion&q=p', { replace: true });
      vi.advanceTimersByTime(REST_MS - 1);
      writes.navigate('?node=evasion&q=po', { replace: true });
      vi.advanceTimersByTime(REST_MS - 1);
      expect(write).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1);
      expect(write).toHaveBeenLastCalledWith('?node=evasion&q=po', { replace: true });
      expect(write).toHaveBeenCalledTimes(2);
    });
  });
});
