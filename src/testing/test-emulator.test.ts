import { describe, expect, it } from 'vitest';
import { TEST_EMULATOR_ORIGIN, testEmulator } from './test-emulator';

describe('the in-process emulator', () => {
  it('answers the app origin requests through msw', async () => {
    const info = (await (await fetch(`${TEST_EMULATOR_ORIGIN}/__emulator/info`)).json()) as {
      userId: string;
    };
    expect(info.userId).toBe('demolistener');
    expect(import.meta.env.VITE_EMULATOR_URL).toBe(TEST_EMULATOR_ORIGIN);
  });

  it('turns a dropped connection into a network error after committing the write', async () => {
    const emulator = testEmulator();
    const tokens = (await (
      await fetch(`${TEST_EMULATOR_ORIGIN}/__emulator/tokens`, { method: 'POST' })
    ).json()) as {
      access_token: string;
    };
    emulator.store.faults.dropAfterCommit = 1;
    const create = fetch(`${TEST_EMULATOR_ORIGIN}/v1/me/playlists`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Dropped' }),
    });
    await expect(create).rejects.toThrow(TypeError);
    expect([...emulator.store.playlists.values()].some((p) => p.name === 'Dropped')).toBe(true);
  });

  it('is fresh in every test', () => {
    expect([...testEmulator().store.playlists.values()].some((p) => p.name === 'Dropped')).toBe(
      false,
    );
  });
});
