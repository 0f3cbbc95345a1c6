import { describe, expect, it } from 'vitest';
import { SpotifyApiError } from './errors';
import { RateLimitGate, rateLimitError, type GateClock } from './rate-limit-gate';

function fakeClock() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const clock: GateClock = {
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
  return { clock, sleeps, advance: (ms: number) => (now += ms) };
}

describe('RateLimitGate', () => {
  it('lets requests through at once while open', async () => {
    const { clock, sleeps } = fakeClock();
    await new RateLimitGate(clock).pass();
    expect(sleeps).toEqual([]);
  });

  it('holds every request until the pause ends, and never shortens a longer pause', async () => {
    const { clock, sleeps } = fakeClock();
    const gate = new RateLimitGate(clock);
    gate.pause(2000);
    gate.pause(500);
    await gate.pass();
    expect(sleeps).toEqual([2000]);
  });

  it('fails fast while blocked, then opens again', async () => {
    const { clock, advance } = fakeClock();
    const gate = new RateLimitGate(clock);
    const error = rateLimitError(120, false);
    gate.block(120, error);
    await expect(gate.pass()).rejects.toBe(error);
    advance(120_000);
    await expect(gate.pass()).resolves.toBeUndefined();
  });

  it('words quota and rate-limit errors for people', () => {
    const quota = rateLimitError(6 * 3600, true);
    expect(quota).toBeInstanceOf(SpotifyApiError);
    expect(quota).toMatchObject({ status: 429, reason: 'QUOTA_EXCEEDED', retryAfter: 21_600 });
    expect(quota.message).toMatch(
      /^This app has used up its Spotify quota for now\. Try again after /,
    );
    expect(rateLimitError(90, false).message).toMatch(
      /^Spotify is limiting how fast this app may ask\. Try again after \d/,
    );
  });
});
