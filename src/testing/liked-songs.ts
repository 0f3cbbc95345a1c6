/** Reading Liked Songs and hearts, in the rendered app and in the test emulator. */
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { PlaylistEntry } from '../../emulator/store';
import { seededPlaylist } from './emulator-library';
import { renderApp } from './render-app';
import { signIn } from './sign-in';
import { changePlaylistElsewhere, testEmulator } from './test-emulator';

const store = () => testEmulator().store;
export const requests = (path: string, method = 'GET') =>
  store().requestLog.filter((r) => r.path === path && r.method === method);
export const urisOf = (query: string) =>
  decodeURIComponent(new URLSearchParams(query).get('uris') ?? '').split(',');
export const isSaved = (uri: string) => store().saved.has(uri);

/** Liked Songs as Spotify lists them: songs only, newest first. */
export function likedUris() {
  // Songs saved in the same millisecond: the last saved first.
  return [...store().saved]
    .reverse()
    .filter(([uri]) => uri.startsWith('spotify:track:'))
    .sort((a, b) => b[1] - a[1])
    .map(([uri]) => uri);
}

export const grid = () => screen.findByRole('grid');
export const dataRows = async () =>
  within(await grid())
    .getAllByRole('row')
    .slice(1);
export const rowAt = async (position: number) =>
  (await grid()).querySelector<HTMLElement>(`[role="row"][aria-rowindex="${position + 1}"]`)!;
export const heartIn = (scope: HTMLElement) =>
  within(scope).getByRole('button', { name: 'Save to Liked Songs' });

/** A heart whose state has been looked up. */
export async function settledHeart(scope: HTMLElement) {
  const heart = heartIn(scope);
  await waitFor(() => expect(heart).not.toHaveAttribute('aria-disabled'));
  return heart;
}

/** Signs in and opens the playlist, without waiting for its items. */
export async function showPlaylist(name: string) {
  await signIn();
  const view = renderApp(`/playlists/${seededPlaylist(name).id}`);
  await screen.findByRole('heading', { level: 1, name });
  return view;
}

/** Road Trip grown to `count` songs none of which is in Liked Songs. */
export function growRoadTrip(count: number) {
  const { id } = seededPlaylist('Road Trip');
  const unsaved = [...store().tracks.keys()]
    .map((t) => `spotify:track:${t}`)
    .filter((uri) => !isSaved(uri));
  changePlaylistElsewhere(id, (entries) => [
    ...entries,
    ...unsaved.slice(0, count - entries.length).map((uri): PlaylistEntry => ({
      key: store().nextEntryKey++,
      uri,
      addedAt: '2026-01-01T00:00:00Z',
      addedBy: 'demolistener',
    })),
  ]);
}
