import { describe, expect, it } from 'vitest';
import { defineSlot, runtime, startRuntime } from './runtime';

describe('runtime', () => {
  it('gives a new app fresh state and stops what the previous one left running', () => {
    const stopped: number[] = [];
    const counter = defineSlot(
      () => ({ value: 0 }),
      (state) => stopped.push(state.value),
    );
    runtime().get(counter).value = 3;
    startRuntime();
    expect(stopped).toEqual([3]);
    expect(runtime().get(counter).value).toBe(0);
  });
});
