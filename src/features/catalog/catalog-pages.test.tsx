/**
 * Artist and album pages against the emulator: names lead to them, Follow and Save reach
 * Spotify, releases page 10 at a time, and a track plays in its album from its place.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEVICES,
  playerRequests,
  seededPlaylist,
  simulatedPlayer,
} from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

const store = () => testEmulator().store;

/** An artist with more than 10 albums of their own and at least one single. */
function busyArtist() {
  for (const artist of store().artists.values()) {
    const own = [...store().albums.values()].filter((a) => a.artistIds.includes(artist.id));
    const albums = own.filter((a) => a.albumType === 'album').length;
    if (albums > 10 && own.length > albums) return { ...artist, albums };
  }
  throw new Error('no busy artist in the seed');
}

const row = async (position: number) =>
  (await screen.findAllByRole('row')).find(
    (r) => r.getAttribute('aria-rowindex') === String(position + 1),
  )!;

describe('artist page', () => {
  it('shows the artist, their albums 10 at a time, and follows and unfollows', async () => {
    const artist = busyArtist();
    const uri = `spotify:artist:${artist.id}`;
    await signIn();
    const { user } = renderApp(`/artist/${artist.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: artist.name })).toBeVisible();
    expect(screen.getByText(artist.genres.join(', '))).toBeVisible();

    const albums = await screen.findByRole('region', { name: 'Albums' });
    await waitFor(() => expect(within(albums).getAllByRole('listitem')).toHaveLength(10));
    await user.click(within(albums).getByRole('button', { name: /^Show more albums/ }));
    await waitFor(() =>
      expect(within(albums).getAllByRole('listitem')).toHaveLength(Math.min(20, artist.albums)),
    );
    expect(await screen.findByRole('region', { name: 'Singles and EPs' })).toBeVisible();
    const first = within(albums).getAllByRole('link')[0]!;
    expect(first.getAttribute('href')).toMatch(/^\/album\/[0-9A-Za-z]{22}$/);

    await user.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByRole('button', { name: 'Following' })).toBeVisible();
    await waitFor(() => expect(store().saved.has(uri)).toBe(true));
    expect(await screen.findByText(`Following ${artist.name}.`)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Following' }));
    expect(await screen.findByRole('button', { name: 'Follow' })).toBeVisible();
    await waitFor(() => expect(store().saved.has(uri)).toBe(false));
  });

  it('says when the artist cannot be found, and leaves a bad address at the 404', async () => {
    await signIn();
    renderApp('/artist/0000000000000000000000');
    expect(await screen.findByText('This artist could not be loaded')).toBeVisible();
  });
});

describe('album page', () => {
  it('lists the tracks, plays from track 3 in the album, and saves the album', async () => {
    const [id, album] = [...store().albums.entries()][0]!;
    const uri = `spotify:album:${id}`;
    await signIn();
    const { user } = renderApp(`/album/${id}`);
    const header = (await screen.findByRole('heading', { level: 1, name: album.name })).closest(
      'header',
    )!;
    expect(within(header).getByText('13 songs')).toBeVisible();
    for (const artistId of album.artistIds)
      expect(
        within(header).getByRole('link', { name: store().artists.get(artistId)!.name }),
      ).toHaveAttribute('href', `/artist/${artistId}`);

    const third = await row(3);
    const name = store().tracks.get(album.trackIds[2]!)!.name;
    await user.click(await within(third).findByRole('button', { name: `Play ${name}` }));
    const chooser = await screen.findByRole('dialog', { name: `Play ${name} on…` });
    await user.click(await within(chooser).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() =>
      expect(simulatedPlayer().currentUri).toBe(`spotify:track:${album.trackIds[2]}`),
    );
    expect(simulatedPlayer()).toMatchObject({ activeDeviceId: DEVICES.laptop, contextUri: uri });
    expect(JSON.parse(playerRequests('/v1/me/player/play').at(-1)!.body!)).toEqual({
      context_uri: uri,
      offset: { position: 2 },
    });

    await user.click(within(header).getByRole('button', { name: 'Save to Your Library' }));
    expect(
      await within(header).findByRole('button', { name: 'Saved to Your Library' }),
    ).toBeVisible();
    await waitFor(() => expect(store().saved.has(uri)).toBe(true));
  });

  it('says how many discs a box set has', async () => {
    const [id] = [...store().albums.entries()].find(([, a]) => a.name === 'The Complete Sessions')!;
    await signIn();
    renderApp(`/album/${id}`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'The Complete Sessions' });
    const header = heading.closest('header')!;
    expect(within(header).getByText('3 discs')).toBeVisible();
    expect(within(header).getByText('36 songs')).toBeVisible();
  });

  it("goes to a row's album and each of its artists from the row menu", async () => {
    const roadTrip = seededPlaylist('Road Trip');
    const track = store().tracks.get(roadTrip.entries[0]!.uri.split(':')[2]!)!;
    await signIn();
    const { user } = renderApp(`/playlists/${roadTrip.id}`);
    (await row(1)).focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const names = track.artistIds.map((id) => store().artists.get(id)!.name);
    for (const name of names)
      expect(screen.getByRole('menuitem', { name: `Go to ${name}` })).toBeVisible();
    await user.click(screen.getByRole('menuitem', { name: 'Go to album' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: store().albums.get(track.albumId)!.name,
      }),
    ).toBeVisible();
  });

  it("links a playlist row's artists and album to their pages", async () => {
    const roadTrip = seededPlaylist('Road Trip');
    const track = store().tracks.get(roadTrip.entries[0]!.uri.split(':')[2]!)!;
    await signIn();
    const { user } = renderApp(`/playlists/${roadTrip.id}`);
    const first = await row(1);
    const albumName = store().albums.get(track.albumId)!.name;
    expect(within(first).getByRole('link', { name: albumName })).toHaveAttribute(
      'href',
      `/album/${track.albumId}`,
    );
    for (const artistId of track.artistIds)
      expect(
        within(first).getByRole('link', { name: store().artists.get(artistId)!.name }),
      ).toHaveAttribute('href', `/artist/${artistId}`);
    // A plain click opens the page in the app (no new document).
    await user.click(within(first).getByRole('link', { name: albumName }));
    expect(await screen.findByRole('heading', { level: 1, name: albumName })).toBeVisible();
  });
});
