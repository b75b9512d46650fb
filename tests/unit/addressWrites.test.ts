import { describe, expect, it, vi } from 'vitest';

import { deferredAddressWrites } from '../../src/state/addressWrites';
import type { Schedule } from '../../src/state/afterNextPaint';

/** A schedule the test runs by hand: `run()` is the next painted frame. */
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

function setup() {
  const write = vi.fn();
  const frame = manualSchedule();
  return { write, frame, writes: deferredAddressWrites(write, frame.schedule) };
}

describe('address writes', () => {
  it('writes updates in place after the next frame, only the last of several', () => {
    const { write, frame, writes } = setup();
    writes.navigate('?lifecycle=use', { replace: true });
    writes.navigate('?lifecycle=use,runtime', { replace: true });
    expect(write).not.toHaveBeenCalled();
    expect(writes.holdsBack()).toBe(true);
    frame.run();
    expect(writes.holdsBack()).toBe(false);
    expect(write.mock.calls).toEqual([['?lifecycle=use,runtime', { replace: true }]]);
    expect(frame.pending()).toBe(false);
  });

  it('writes a new entry after the next frame too, in its turn after the update held back before it', () => {
    const { write, frame, writes } = setup();
    writes.navigate('?lifecycle=use', { replace: true });
    writes.navigate('?lifecycle=use&node=evasion', { replace: false });
    writes.navigate('?lifecycle=use&node=datapoison', { replace: false });
    expect(write).not.toHaveBeenCalled();
    expect(writes.holdsBack()).toBe(true);
    frame.run();
    expect(write.mock.calls).toEqual([
      ['?lifecycle=use', { replace: true }],
      ['?lifecycle=use&node=evasion', { replace: false }],
      ['?lifecycle=use&node=datapoison', { replace: false }],
    ]);
    expect(writes.holdsBack()).toBe(false);
  });

  it('folds an update in place into the new entry held back before it', () => {
    const { write, frame, writes } = setup();
    writes.navigate('?node=evasion', { replace: false });
    writes.navigate('?node=evasion&q=poison', { replace: true });
    frame.run();
    expect(write.mock.calls).toEqual([['?node=evasion&q=poison', { replace: false }]]);
  });

  it('drops a held-back new entry when the browser has moved on', () => {
    const { write, frame, writes } = setup();
    writes.navigate('?node=evasion', { replace: false });
    writes.discard();
    frame.run();
    expect(write).not.toHaveBeenCalled();
  });

  it('writes a held-back update when asked to, and drops it when the browser has moved on', () => {
    const { write, frame, writes } = setup();
    writes.navigate('?q=poison', { replace: true });
    writes.flush();
    expect(write.mock.calls).toEqual([['?q=poison', { replace: true }]]);
    writes.navigate('?q=poisoning', { replace: true });
    writes.discard();
    frame.run();
    writes.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('without animation frames, writes after the current task', async () => {
    const write = vi.fn();
    const writes = deferredAddressWrites(write);
    writes.navigate('?lang=ja', { replace: true });
    expect(write).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(write).toHaveBeenCalledWith('?lang=ja', { replace: true });
  });
});
