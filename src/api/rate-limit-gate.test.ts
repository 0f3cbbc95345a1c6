import { describe, expect, it } from 'vitest';
import { SpotifyApiError } from './errors';
import { persistedBlock } from './persisted-block';
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
    const error = gate.stop(120, false);
    expect(error.message).toMatch(
      /^Spotify is limiting how fast this app may ask\. Try again after /,
    );
    await expect(gate.pass()).rejects.toMatchObject({ status: 429, message: error.message });
    advance(120_000);
    await expect(gate.pass()).resolves.toBeUndefined();
    expect(gate.block()).toBeNull();
  });

  it('words quota and rate-limit errors for people', () => {
    const quota = rateLimitError(6 * 3600, true);
    expect(quota).toBeInstanceOf(SpotifyApiError);
    expect(quota).toMatchObject({ status: 429, reason: 'QUOTA_EXCEEDED', retryAfter: 21_600 });
    expect(quota.message).toMatch(
      /^This app has used up its Spotify quota for now\. Try again after /,
    );
    // The time alone today; with the date when it is another day.
    const noon = new Date(2026, 11, 4, 12, 0).getTime();
    expect(rateLimitError(90, false, noon).message).toMatch(
      /^Spotify is limiting how fast this app may ask\. Try again after \d/,
    );
    expect(rateLimitError(13 * 3600, true, noon).message).toMatch(/after Dec 5, 2026/);
  });
});

describe('RateLimitGate holds', () => {
  it('tells its listeners when a wait begins or grows, as one wait', () => {
    const { clock, advance } = fakeClock();
    const gate = new RateLimitGate(clock);
    const told: (ReturnType<RateLimitGate['hold']> | null)[] = [];
    gate.subscribe(() => told.push(gate.hold()));
    expect(gate.hold()).toBeNull();
    gate.pause(20_000, { asked: true });
    advance(5000);
    gate.pause(30_000, { asked: true });
    gate.pause(1000, { asked: true });
    expect(told).toEqual([
      { from: 1_000_000, until: 1_020_000 },
      { from: 1_000_000, until: 1_035_000 },
    ]);
  });

  it('keeps its own backoffs (a dropped connection, a hidden 429) to itself', async () => {
    const { clock, sleeps } = fakeClock();
    const gate = new RateLimitGate(clock);
    const told: unknown[] = [];
    gate.subscribe(() => told.push(gate.hold()));
    gate.pause(8000);
    await gate.pass();
    expect(sleeps).toEqual([8000]);
    expect(told).toEqual([]);
    expect(gate.hold()).toBeNull();
  });
});

describe('a kept block', () => {
  const key = 'slm.rateLimitBlock.demo';
  const otherTabWrote = () => window.dispatchEvent(new StorageEvent('storage', { key }));

  it('stops a reloaded app and other tabs until its time, and Try now ends it everywhere', async () => {
    const { clock, advance } = fakeClock();
    localStorage.removeItem(key);
    const first = new RateLimitGate(clock, persistedBlock('demo'));
    const quota = first.stop(6 * 3600, true);
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual({
      until: 1_000_000 + 21_600_000,
      quota: true,
    });

    // A reload (a new app) and another tab (told through storage) are blocked too.
    const reloaded = new RateLimitGate(clock, persistedBlock('demo'));
    await expect(reloaded.pass()).rejects.toMatchObject({
      reason: 'QUOTA_EXCEEDED',
      message: quota.message,
    });

    reloaded.resume();
    expect(localStorage.getItem(key)).toBeNull();
    expect(first.block()).not.toBeNull();
    otherTabWrote();
    expect(first.block()).toBeNull();
    await expect(first.pass()).resolves.toBeUndefined();

    // One that is over is dropped from storage by the next app.
    first.stop(60, false);
    advance(60_000);
    expect(new RateLimitGate(clock, persistedBlock('demo')).block()).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
    first.dispose();
    reloaded.dispose();
  });

  it('holds a block this page could not read the reason of for this page only', async () => {
    const { clock } = fakeClock();
    localStorage.removeItem(key);
    const gate = new RateLimitGate(clock, persistedBlock('demo'));
    // A 429 whose body was cut off (the page going away mid-answer): quota or not is unknown.
    gate.stop(6 * 3600, false, { keep: false });
    await expect(gate.pass()).rejects.toMatchObject({ status: 429 });
    expect(localStorage.getItem(key)).toBeNull();
    expect(new RateLimitGate(clock, persistedBlock('demo')).block()).toBeNull();
    gate.dispose();
  });

  it('ignores a damaged entry', () => {
    localStorage.setItem(key, '{"until":"soon"');
    expect(new RateLimitGate(fakeClock().clock, persistedBlock('demo')).block()).toBeNull();
  });
});
