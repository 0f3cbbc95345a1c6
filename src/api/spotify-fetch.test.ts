import { startRuntime } from '../lib/runtime';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionEndedError } from '../auth/refresh';
import { getSession } from '../auth/token-store';
import { signIn } from '../testing/sign-in';
import { testEmulator } from '../testing/test-emulator';
import { spotify } from './client';
import { NetworkError, SpotifyApiError } from './errors';

const log = () => testEmulator().store.requestLog;
const count = (path: string, status?: number) =>
  log().filter((r) => r.path === path && (status === undefined || r.status === status)).length;
const getMe = () => spotify().GET('/me');

afterEach(() => void startRuntime());

describe('auth in the API client', () => {
  it('sends the bearer token and returns typed data', async () => {
    await signIn();
    const { data } = await getMe();
    expect(data?.id).toBe('demolistener');
  });

  it('refreshes a token that expires within 60 s before sending, keeping the refresh token', async () => {
    const before = await signIn({ expiresAt: Date.now() + 30_000 });
    await getMe();
    expect(count('/api/token')).toBe(1);
    const after = getSession()!;
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).toBe(before.refreshToken);
    expect(after.expiresAt).toBeGreaterThan(Date.now() + 3_000_000);
  });

  it('stores the new refresh token when Spotify rotates it', async () => {
    testEmulator().store.settings.refreshRotation = true;
    const before = await signIn({ expiresAt: Date.now() - 1 });
    await getMe();
    expect(getSession()!.refreshToken).not.toBe(before.refreshToken);
    await signIn({ ...getSession()!, expiresAt: Date.now() - 1 });
    await getMe();
    expect(count('/api/token')).toBe(2);
  });

  it('refreshes once and retries once after a 401', async () => {
    await signIn();
    await fetch('http://127.0.0.1:8787/__emulator/tokens/expire', { method: 'POST' });
    const { data } = await getMe();
    expect(data?.id).toBe('demolistener');
    expect(count('/v1/me', 401)).toBe(1);
    expect(count('/v1/me', 200)).toBe(1);
    expect(count('/api/token')).toBe(1);
  });

  it('makes exactly one refresh for 20 parallel requests with an expiring token', async () => {
    await signIn({ expiresAt: Date.now() + 10_000 });
    const results = await Promise.all(Array.from({ length: 20 }, () => getMe()));
    expect(results.every((r) => r.data?.id === 'demolistener')).toBe(true);
    expect(count('/api/token')).toBe(1);
  });

  it('ends the session with no retry when the refresh token is revoked', async () => {
    await signIn({ expiresAt: Date.now() - 1 });
    await fetch('http://127.0.0.1:8787/__emulator/tokens/revoke', { method: 'POST' });
    await expect(getMe()).rejects.toBeInstanceOf(SessionEndedError);
    expect(count('/api/token')).toBe(1);
    expect(getSession()).toBeNull();
    expect(localStorage.getItem('slm.signOutReason')).toBe('revoked');
  });

  it('ends the session when the refresh token is past its 6 months', async () => {
    await signIn({ expiresAt: Date.now() - 1 });
    testEmulator().clock.advance(183 * 86_400_000);
    await expect(getMe()).rejects.toBeInstanceOf(SessionEndedError);
    expect(localStorage.getItem('slm.signOutReason')).toBe('expired');
  });
});

describe('errors and rate limits', () => {
  it('throws SpotifyApiError with status, message and reason, and never the token', async () => {
    const session = await signIn();
    const error = await spotify()
      .PUT('/me/player/pause', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect(error).toMatchObject({
      status: 404,
      reason: 'NO_ACTIVE_DEVICE',
      message: 'Player command failed: No active device found',
    });
    expect(JSON.stringify(error) + String(error)).not.toContain(session.accessToken);
  });

  it('holds every request while Retry-After runs, then sends each once (no burst)', async () => {
    await signIn();
    await fetch('http://127.0.0.1:8787/__emulator/faults', {
      method: 'PATCH',
      body: JSON.stringify({ rateLimit: { retryAfterSeconds: 1 } }),
    });
    const pending = Promise.all(Array.from({ length: 5 }, () => getMe()));
    await waitFor(() => expect(count('/v1/me', 429)).toBe(5));
    testEmulator().clock.advance(1000);
    const results = await pending;
    expect(results).toHaveLength(5);
    // The first answer is kept: the others are asked with its ETag and come back unchanged.
    expect(count('/v1/me', 200)).toBe(1);
    expect(count('/v1/me', 304)).toBe(4);
    expect(results.every((r) => r.data?.id === 'demolistener')).toBe(true);
    expect(count('/v1/me', 429)).toBe(5);
  });

  it('turns a long Retry-After into an error that says when to try again, and stops asking', async () => {
    await signIn();
    await fetch('http://127.0.0.1:8787/__emulator/faults', {
      method: 'PATCH',
      body: JSON.stringify({ rateLimit: { retryAfterSeconds: 3600 } }),
    });
    const error = await getMe().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfter: 3600 });
    expect((error as Error).message).toMatch(/Try again after/);
    await expect(getMe()).rejects.toMatchObject({
      status: 429,
      message: (error as Error).message,
    });
    expect(count('/v1/me')).toBe(1);
  });

  it('backs off and retries a GET whose 429 carries no readable Retry-After', async () => {
    await signIn();
    testEmulator().store.faults.rateLimit = { mode: 'hidden', seconds: 1, until: null };
    const pending = getMe();
    await waitFor(() => expect(count('/v1/me', 429)).toBe(1));
    testEmulator().clock.advance(1000);
    expect((await pending).data?.id).toBe('demolistener');
    expect(count('/v1/me', 429)).toBe(1);
    expect(count('/v1/me', 200)).toBe(1);
  });

  it('keeps the session and retries when the refresh meets a 5xx', async () => {
    const before = await signIn({ expiresAt: Date.now() - 1 });
    testEmulator().store.faults.errorRate = 1;
    const pending = getMe();
    await waitFor(() => expect(count('/api/token', 503)).toBe(1));
    expect(getSession()?.refreshToken).toBe(before.refreshToken);
    testEmulator().store.faults.errorRate = 0;
    expect((await pending).data?.id).toBe('demolistener');
    expect(count('/api/token', 200)).toBe(1);
    expect(getSession()!.accessToken).not.toBe(before.accessToken);
  });

  it('reports QUOTA_EXCEEDED without retrying', async () => {
    await signIn();
    testEmulator().store.faults.quotaExceeded = true;
    const error = await getMe().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, reason: 'QUOTA_EXCEEDED' });
    expect((error as Error).message).toMatch(/quota/);
    expect(count('/v1/me')).toBe(1);
  });

  it('never resends a write whose connection dropped', async () => {
    await signIn();
    testEmulator().store.faults.dropAfterCommit = 1;
    const error = await spotify()
      .POST('/me/playlists', { body: { name: 'Once' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(count('/v1/me/playlists')).toBe(1);
    expect(
      [...testEmulator().store.playlists.values()].filter((p) => p.name === 'Once'),
    ).toHaveLength(1);
  });
});
