/**
 * Following a playlist by its link: the link is read (open.spotify.com pages, with a
 * language segment and ?si=, and spotify: URIs), the playlist is shown before anything is
 * followed, and Follow puts it in Your Library (the emulator's /me/playlists lists it).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { playlistIdFrom } from '../../domain/spotify-uri';
import { seededPlaylist } from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

const ID = '37i9dQZF1DX9wC1KY45plY';

describe('playlist links', () => {
  it('reads open.spotify.com pages and spotify: URIs, and nothing else', () => {
    expect(playlistIdFrom(`https://open.spotify.com/playlist/${ID}?si=abc123`)).toBe(ID);
    expect(playlistIdFrom(` https://open.spotify.com/intl-de/playlist/${ID} `)).toBe(ID);
    expect(playlistIdFrom(`spotify:playlist:${ID}`)).toBe(ID);
    expect(playlistIdFrom(`spotify:user:someone:playlist:${ID}`)).toBe(ID);
    expect(playlistIdFrom(`http://open.spotify.com/playlist/${ID}`)).toBeNull();
    expect(playlistIdFrom(`https://evil.example/playlist/${ID}`)).toBeNull();
    expect(playlistIdFrom(`https://open.spotify.com/album/${ID}`)).toBeNull();
    expect(playlistIdFrom('spotify:playlist:short')).toBeNull();
  });
});

describe('Follow a playlist', () => {
  it('shows the playlist a link names, then follows it into Your Library', async () => {
    const roadTrip = seededPlaylist('Road Trip');
    const store = testEmulator().store;
    // Removed from the library earlier (elsewhere): following it brings it back.
    store.libraryPlaylists = store.libraryPlaylists.filter((id) => id !== roadTrip.id);
    await signIn();
    const { user } = renderApp('/playlists');
    await screen.findByRole('list', { name: 'Your playlists' });
    await user.click(screen.getAllByRole('button', { name: 'Follow a playlist…' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Follow a playlist' });
    const field = within(dialog).getByLabelText('Playlist link or URI');

    await user.type(field, 'not a link');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'That is not a link to a Spotify playlist.',
    );
    await user.clear(field);
    await user.click(field);
    await user.paste('https://open.spotify.com/playlist/0000000000000000000000');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Spotify has no playlist with this link',
    );

    await user.clear(field);
    await user.paste(`https://open.spotify.com/playlist/${roadTrip.id}?si=x1`);
    expect(await within(dialog).findByText('Road Trip')).toBeVisible();
    expect(within(dialog).getByText(/by Demo Listener · 25 items/)).toBeVisible();
    expect(store.libraryPlaylists).not.toContain(roadTrip.id);
    await user.click(within(dialog).getByRole('button', { name: 'Follow' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Following “Road Trip”: it is in Your Library.',
    );
    expect(store.libraryPlaylists[0]).toBe(roadTrip.id);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const list = await screen.findByRole('list', { name: 'Your playlists' });
    expect(await within(list).findByRole('link', { name: 'Road Trip' })).toBeVisible();
  });

  it('says when the playlist is already in Your Library, and follows nothing', async () => {
    const roadTrip = seededPlaylist('Road Trip');
    await signIn();
    const { user } = renderApp('/playlists');
    await screen.findByRole('list', { name: 'Your playlists' });
    await user.click(screen.getAllByRole('button', { name: 'Follow a playlist…' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Follow a playlist' });
    await user.click(within(dialog).getByLabelText('Playlist link or URI'));
    await user.paste(`spotify:playlist:${roadTrip.id}`);
    expect(await within(dialog).findByText(/Already in Your Library/)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Follow' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
