/**
 * Search against the emulator: as you type (after a pause), with Spotify's field filters,
 * the query in the address, sections paged 10 at a time, results with the usual actions.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { playerRequests, simulatedPlayer } from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

const store = () => testEmulator().store;
const searches = () => store().requestLog.filter((r) => r.path === '/v1/search');

describe('search', () => {
  it('finds an artist’s songs of a year with filters, keeps the query in the address, pages by 10', async () => {
    const artist = [...store().artists.values()][0]!;
    const album = [...store().albums.values()].find((a) => a.artistIds.includes(artist.id))!;
    const year = album.releaseDate.slice(0, 4);
    await signIn();
    const { user, router } = renderApp('/playlists');
    await screen.findByRole('heading', { level: 1, name: 'Playlists' });
    // Ctrl+K from anywhere: the search page, its field focused.
    await user.keyboard('{Control>}k{/Control}');
    const field = await screen.findByRole('searchbox', { name: 'Search Spotify' });
    await waitFor(() => expect(field).toHaveFocus());

    const before = searches().length;
    await user.click(field);
    await user.paste(`artist:"${artist.name}" year:${year}`);
    const songs = await screen.findByRole('list', { name: 'Songs' });
    // Searched for the whole query only (StrictMode's second mount may ask twice).
    const full = `artist:"${artist.name}" year:${year}`;
    expect(
      new Set(
        searches()
          .slice(before)
          .map((r) => new URLSearchParams(r.query).get('q')),
      ),
    ).toEqual(new Set([full]));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(
      `artist:"${artist.name}" year:${year}`,
    );
    for (const item of within(songs).getAllByRole('listitem'))
      expect(item).toHaveTextContent(artist.name);
    expect(within(songs).getAllByRole('link', { name: album.name }).length).toBeGreaterThan(0);

    // A broad search has more than 10 songs: Show more brings the next 10.
    await user.clear(field);
    await user.paste('the');
    await waitFor(() => expect(router.state.location.search).toBe('?q=the'));
    // The router has the new address before React has drawn its results: wait for those,
    // or the Show more found would be the last search's, about to go.
    await screen.findByText('Results for “the”.');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Songs' })).getAllByRole('listitem'),
      ).toHaveLength(10),
    );
    await user.click(await screen.findByRole('button', { name: /^Show more songs/ }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Songs' })).getAllByRole('listitem'),
      ).toHaveLength(20),
    );
    expect(screen.getByRole('region', { name: 'Artists' })).toBeVisible();
    // "/" where nothing is being typed goes back to the field, its search kept.
    field.blur();
    await user.keyboard('/');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('the');

    // A result plays like a row anywhere (here: nothing active, so the chooser asks where).
    const first = within(screen.getByRole('list', { name: 'Songs' })).getAllByRole('listitem')[0]!;
    await user.click(within(first).getByRole('button', { name: /^Play / }));
    const chooser = await screen.findByRole('dialog', { name: /^Play .* on…$/ });
    await user.click(await within(chooser).findByRole('button', { name: /Demo Laptop/ }));
    // The results play as a list, from this one (a search has no context to play).
    await waitFor(() => expect(simulatedPlayer().currentUri).toMatch(/^spotify:track:/));
    const body = JSON.parse(playerRequests('/v1/me/player/play').at(-1)!.body!) as {
      uris: string[];
    };
    expect(body.uris[0]).toBe(simulatedPlayer().currentUri);
    expect(body.uris.length).toBeGreaterThan(1);
  });

  it('says when nothing matches', async () => {
    await signIn();
    renderApp('/search?q=zzzzqqqq');
    expect(await screen.findByText('Nothing on Spotify matches “zzzzqqqq”.')).toBeVisible();
  });
});
