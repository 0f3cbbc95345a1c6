import { notifyManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from './query-client';

afterEach(() => vi.useRealTimers());

describe("React Query's timers", () => {
  it('tells the screen of many changes made in one task with one timer, in order', async () => {
    const queryClient = createQueryClient();
    const heard: number[] = [];
    // As useQuery listens: each observer's news waits for the notify manager's batch.
    for (let i = 0; i < 50; i++)
      new QueryObserver(queryClient, { queryKey: ['n', i], enabled: false }).subscribe(
        notifyManager.batchCalls((result) => heard.push(result.data as number)),
      );
    const timers = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 50; i++) queryClient.setQueryData(['n', i], i);
    const set = timers.mock.calls.filter(([, delay]) => !delay).length;
    timers.mockRestore();
    expect(set).toBe(1);
    expect(heard).toEqual([]);
    // Every change is heard, in the order made, once that timer has run.
    await vi.waitFor(() => expect(heard).toHaveLength(50));
    expect(heard).toEqual([...Array(50).keys()]);
  });

  it('still collects a query no one watches after its gcTime, and keeps one watched again', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const queryClient = createQueryClient();
    const watch = (key: string) =>
      new QueryObserver(queryClient, {
        queryKey: [key],
        queryFn: () => key,
        gcTime: 60_000,
        enabled: false,
      }).subscribe(() => undefined);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const stopA = watch('a');
    const stopB = watch('b');
    stopA();
    stopB();
    // Both waits share one of the browser's timers.
    expect(timers.mock.calls.filter(([, delay]) => delay! >= 1000)).toHaveLength(1);
    timers.mockRestore();
    vi.advanceTimersByTime(30_000);
    const stopBAgain = watch('b');
    vi.advanceTimersByTime(40_000);
    expect(queryClient.getQueryCache().find({ queryKey: ['a'] })).toBeUndefined();
    expect(queryClient.getQueryCache().find({ queryKey: ['b'] })).toBeDefined();
    stopBAgain();
    vi.advanceTimersByTime(59_000);
    expect(queryClient.getQueryCache().find({ queryKey: ['b'] })).toBeDefined();
    vi.advanceTimersByTime(1_000);
    expect(queryClient.getQueryCache().find({ queryKey: ['b'] })).toBeUndefined();
  });
});
