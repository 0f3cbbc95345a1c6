/** Opening playlists in the rendered app and reading them in the test emulator. */
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { seededPlaylist, trackName } from './emulator-library';
import { renderApp } from './render-app';
import { signIn } from './sign-in';
import { testEmulator } from './test-emulator';

const store = () => testEmulator().store;

/** The URIs of the named playlist, as Spotify (the emulator) has them now. */
export const playlistUris = (name: string) => seededPlaylist(name).entries.map((e) => e.uri);

/** The named playlist's item writes, by method. */
export const itemWrites = (name: string, method: string) =>
  store().requestLog.filter(
    (r) => r.method === method && r.path === `/v1/playlists/${seededPlaylist(name).id}/items`,
  );

const artistOf = (uri: string) =>
  store().artists.get(store().tracks.get(uri.split(':')[2]!)!.artistIds[0]!)!.name;

/** A track in none of the named playlist's entries. */
export const freshTrack = (playlistName: string) => {
  const taken = new Set(playlistUris(playlistName));
  return `spotify:track:${[...store().tracks.values()].find((t) => !taken.has(`spotify:track:${t.id}`))!.id}`;
};

/** Signs in and opens the playlist; waits until it can be edited (every item loaded). */
export async function openPlaylist(name: string) {
  await signIn();
  const view = renderApp(`/playlists/${seededPlaylist(name).id}`);
  await screen.findByRole('heading', { level: 1, name });
  if (seededPlaylist(name).entries.length > 0)
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Select all' })).toBeEnabled());
  return view;
}

/** The data row at a 1-based position. */
export const rowAt = (position: number) =>
  within(screen.getByRole('grid')).getAllByRole('row')[position]!;

type User = ReturnType<typeof renderApp>['user'];

export async function openSearch(user: User, q: string) {
  await user.click(screen.getByRole('button', { name: 'Add songs or episodes' }));
  const panel = screen.getByRole('region', { name: /^Add to / });
  await user.type(within(panel).getByLabelText('Search songs and episodes'), q);
  await user.click(within(panel).getByRole('button', { name: 'Search' }));
  return panel;
}

/** Searches for one track (generated names repeat, so by name and artist); returns its Add button. */
export async function searchFor(user: User, uri: string) {
  const panel = await openSearch(user, `track:"${trackName(uri)}" artist:"${artistOf(uri)}"`);
  await within(panel).findAllByRole('button', { name: `Add ${trackName(uri)}` });
  const result = within(panel)
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(artistOf(uri)))!;
  return { panel, add: within(result).getByRole('button', { name: `Add ${trackName(uri)}` }) };
}
