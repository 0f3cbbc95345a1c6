/**
 * Your Library beyond playlists, against the emulator: the Playlists page's chips show
 * saved albums, followed artists and podcasts (shows, then saved episodes), each from
 * Spotify's own lists; a follow or unfollow elsewhere in the app shows there; an episode
 * leads to its show's page.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { SCOPES_BEFORE_STREAMING, signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

const store = () => testEmulator().store;
const saved = (type: string) =>
  [...store().saved.keys()].filter((uri) => uri.startsWith(`spotify:${type}:`));

describe('Your Library shelves', () => {
  it('shows saved albums and followed artists by chip, keeps the chip in the address, and follows the change of a follow', async () => {
    await signIn();
    const { user, router } = renderApp('/playlists');
    const chips = await screen.findByRole('group', { name: 'Show in Your Library' });
    expect(within(chips).getByRole('button', { name: 'Playlists' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(chips).getByRole('button', { name: 'Albums' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Albums' })).toBeVisible();
    expect(router.state.location.search).toBe('?show=albums');
    const albums = await screen.findByRole('list', { name: 'Your albums' });
    expect(within(albums).getAllByRole('listitem')).toHaveLength(saved('album').length);
    expect(within(albums).getByRole('link', { name: 'The Complete Sessions' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/album\//),
    );
    await user.type(screen.getByLabelText('Filter your albums'), 'complete sessions');
    await waitFor(() => expect(within(albums).getAllByRole('listitem')).toHaveLength(1));

    await user.click(within(chips).getByRole('button', { name: 'Artists' }));
    const artists = await screen.findByRole('list', { name: 'Artists you follow' });
    const followed = saved('artist');
    expect(within(artists).getAllByRole('listitem')).toHaveLength(followed.length);
    const first = within(artists).getAllByRole('link')[0]!;
    const name = first.textContent;
    await user.click(first);
    await user.click(await screen.findByRole('button', { name: 'Following' }));
    await waitFor(() => expect(saved('artist')).toHaveLength(followed.length - 1));
    await router.navigate(-1);
    const after = await screen.findByRole('list', { name: 'Artists you follow' });
    await waitFor(() =>
      expect(within(after).queryByRole('link', { name })).not.toBeInTheDocument(),
    );
  });

  it('shows podcasts and saved episodes, each episode leading to its show', async () => {
    await signIn();
    const { user } = renderApp('/playlists?show=podcasts');
    const shows = await screen.findByRole('list', { name: 'Your podcasts' });
    expect(within(shows).getAllByRole('listitem')).toHaveLength(saved('show').length);
    const episodes = await screen.findByRole('list', { name: 'Your Episodes' });
    const episodeIds = saved('episode').map((uri) => uri.split(':')[2]!);
    expect(within(episodes).getAllByRole('listitem')).toHaveLength(episodeIds.length);
    const episode = store().episodes.get(episodeIds[0]!)!;
    const show = store().shows.get(episode.showId)!;
    await user.click(within(episodes).getAllByRole('link', { name: episode.name })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: show.name })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Following' })).toBeVisible();
    const list = await screen.findByRole('grid', { name: `Episodes of ${show.name}` });
    // Episodes have no album: no empty column for one.
    expect(within(list).queryByRole('columnheader', { name: 'Album' })).toBeNull();
    // Newest first; each row names its show as a link to this page.
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(store().episodes.get(show.episodeIds.at(-1)!)!.name);
    expect(within(rows[0]!).getByRole('link', { name: show.name })).toHaveAttribute(
      'href',
      `/show/${show.id}`,
    );
  });

  it('asks a login from before saved episodes were shown for that permission', async () => {
    await signIn(
      {},
      SCOPES_BEFORE_STREAMING.filter((scope) => scope !== 'user-read-playback-position'),
    );
    renderApp('/playlists?show=podcasts');
    expect(await screen.findByRole('list', { name: 'Your podcasts' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Allow showing your episodes' })).toBeVisible();
  });
});
