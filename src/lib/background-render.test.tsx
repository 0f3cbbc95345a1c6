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
  /** The values rendered for a new value 2, after 1, both with `loading`. */
  function rendersOfSecond(loading: boolean) {
    const { seen, rerender } = rendersOf(
      ({ v }: { v: number }) => useDeferredWhileLoading(v, loading),
      { v: 1 },
    );
    seen.length = 0;
    rerender({ v: 2 });
    return seen;
  }

  it('keeps the value before for the first render of a new one while loading', () => {
    const seen = rendersOfSecond(true);
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(2);
  });

  it('gives a new value at once when not loading', () => {
    expect(rendersOfSecond(false)[0]).toBe(2);
  });
});
