import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeferredWhileLoading, useFirstInBackground } from './background-render';

/** Every value a hook returned, render by render. */
function rendersOf<P, T>(hook: (props: P) => T, initialProps: P) {
  const seen: T[] = [];
  const view = renderHook(
    (props: P) => {
      const value = hook(props);
      seen.push(value);
      return value;
    },
    { initialProps },
  );
  return { seen, rerender: view.rerender };
}

describe('useFirstInBackground', () => {
  it('gives a first value only from a second (background) render, later values at once', () => {
    const { seen, rerender } = rendersOf<string | undefined, string | undefined>(
      (v) => useFirstInBackground(v),
      'a',
    );
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe('a');
    seen.length = 0;
    rerender('b');
    expect(seen[0]).toBe('b');
  });

  it('stays undefined while there is nothing', () => {
    const { seen } = rendersOf((v: string | undefined) => useFirstInBackground(v), undefined);
    expect(seen.every((value) => value === undefined)).toBe(true);
  });
});

describe('useDeferredWhileLoading', () => {
  /** The values rendered for a new value 2 (`loading` or not) after 1 (`loadingBefore`). */
  function rendersOfSecond(loadingBefore: boolean, loading: boolean) {
    const { seen, rerender } = rendersOf(
      ({ v, l }: { v: number; l: boolean }) => useDeferredWhileLoading(v, l),
      { v: 1, l: loadingBefore },
    );
    seen.length = 0;
    rerender({ v: 2, l: loading });
    return seen;
  }

  it('keeps the value before for the first render of a new one while loading', () => {
    const seen = rendersOfSecond(true, true);
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(2);
  });

  it('renders the value that completes a load in the background too', () => {
    const seen = rendersOfSecond(true, false);
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(2);
  });

  it('gives a new value at once once a complete one is on screen (an edit)', () => {
    expect(rendersOfSecond(false, false)[0]).toBe(2);
  });
});
