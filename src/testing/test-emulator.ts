/**
 * Unit tests talk to the real emulator, in-process: msw catches every request to the
 * emulator's origin and hands it to the emulator's fetch. Each test gets a fresh
 * emulator (created on first use) with a manual clock, so tests drive time.
 */
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createEmulator, type Emulator } from '../../emulator/index';
import type { PlaylistEntry } from '../../emulator/store';
import { commitEntries } from '../../emulator/web-api/playlist-access';

/** Where the app under test thinks the demo backend lives (see .env.test). */
export const TEST_EMULATOR_ORIGIN = 'http://127.0.0.1:8787';

let current: Emulator | undefined;

/** This test's emulator: read or change its store, faults and clock. */
export function testEmulator(): Emulator {
  current ??= createEmulator({ manualClock: true });
  return current;
}

export function resetTestEmulator() {
  current = undefined;
}

export const mswServer = setupServer(
  http.all(`${TEST_EMULATOR_ORIGIN}/*`, ({ request }) => testEmulator().fetch(request)),
);

/** Changes a playlist's entries as another device would: a new snapshot, no request from the app. */
export function changePlaylistElsewhere(
  playlistId: string,
  change: (entries: PlaylistEntry[]) => PlaylistEntry[],
) {
  const playlist = testEmulator().store.playlists.get(playlistId)!;
  commitEntries(playlist, change(playlist.entries));
}

/**
 * Makes a playlist three times as long (its entries, again and again), past the first
 * page GET /playlists/{id} embeds: for tests about when items pages are asked for.
 */
export function lengthenPlaylist(playlistId: string) {
  changePlaylistElsewhere(playlistId, (entries) =>
    [0, 1, 2].flatMap(() => entries.map((entry) => ({ ...entry }))),
  );
}
