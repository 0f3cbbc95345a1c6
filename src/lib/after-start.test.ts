import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterStart } from './after-start';

describe('afterStart', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the work once the page has had a few seconds to start, once', () => {
    const work = vi.fn();
    afterStart(work);
    vi.advanceTimersByTime(4000);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const work = vi.fn();
    const cancel = afterStart(work);
    vi.advanceTimersByTime(4000);
    cancel();
    vi.advanceTimersByTime(60_000);
    expect(work).not.toHaveBeenCalled();
  });
});
