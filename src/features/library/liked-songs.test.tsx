import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ALL_APP_SCOPES } from '../../../emulator/control';
import { seededPlaylist, simulatedPlayer } from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';
import {
  dataRows,
  grid,
  heartIn,
  isSaved,
  likedUris,
  requests,
  rowAt,
  settledHeart,
  showPlaylist as openPlaylist,
  urisOf,
} from '../../testing/liked-songs';

const store = () => testEmulator().store;

describe('Liked Songs page', () => {
  it('loads all 12,000 songs, newest first: the first page, then the rest in parallel', async () => {
    await signIn();
    renderApp('/liked');
    expect(await screen.findByRole('heading', { level: 1, name: 'Liked Songs' })).toBeVisible();
    expect(await screen.findByText('12,000 songs')).toBeInTheDocument();
    await screen.findByText('All 12,000 songs loaded.', undefined, { timeout: 15_000 });
    const pages = requests('/v1/me/tracks');
    expect(pages).toHaveLength(240);
    const offsets = pages.map((p) => Number(new URLSearchParams(p.query).get('offset')));
    expect(new Set(offsets).size).toBe(240);
    expect(pages.every((p) => new URLSearchParams(p.query).get('limit') === '50')).toBe(true);

    const newest = likedUris()[0]!;
    const first = (await dataRows())[0]!;
    expect(first).toHaveTextContent(store().tracks.get(newest.slice(14))!.name);
    // Every row of Liked Songs is saved: no lookups.
    expect(heartIn(first)).toHaveAttribute('aria-pressed', 'true');
    expect(requests('/v1/me/library/contains')).toHaveLength(0);
    // Songs withdrawn since they were saved keep their names, marked unavailable.
    expect(within(await grid()).getAllByText('Unavailable')).toHaveLength(3);
    expect(screen.getByText(/\d+ hr \d+ min/)).toBeInTheDocument();
    // Only the listener adds to Liked Songs: no "Added by" column, as in a playlist.
    const columns = within(await grid()).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toContain('Date added');
    expect(columns.map((c) => c.textContent)).not.toContain('Added by');
    expect(first.querySelectorAll('[role=gridcell]')).toHaveLength(columns.length);
  });

  it('says when Liked Songs is empty', async () => {
    await signIn();
    store().saved.clear();
    renderApp('/liked');
    expect(await screen.findByRole('heading', { name: 'No Liked Songs yet' })).toBeVisible();
    expect(screen.getByText('0 songs')).toBeInTheDocument();
  });

  it('shows an error with a retry when Liked Songs cannot be loaded', async () => {
    await signIn();
    store().faults.errorRate = 1;
    const { user } = renderApp('/liked');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Liked Songs could not be loaded');
    expect(alert).toHaveTextContent('Spotify is having trouble right now');
    store().faults.errorRate = 0;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('12,000 songs')).toBeInTheDocument();
  });

  it('offers a login from before the library scopes a new login, and keeps the rest working', async () => {
    await signIn(
      {},
      ALL_APP_SCOPES.filter((s) => !s.startsWith('user-library') && s !== 'streaming'),
    );
    const { user } = renderApp('/liked');
    const allow = await screen.findByRole('button', { name: 'Allow Liked Songs' });
    expect(requests('/v1/me/tracks')).toHaveLength(0);
    await user.click(allow);
    await waitFor(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('slm.login.'));
      expect(keys).toHaveLength(1);
      expect(JSON.parse(localStorage.getItem(keys[0]!)!)).toMatchObject({ returnTo: '/liked' });
    });
  });

  it('plays from a row: that song and the next ones, cut to 200 with a word about it', async () => {
    await signIn();
    const { user } = renderApp('/liked');
    await screen.findByText('All 12,000 songs loaded.', undefined, { timeout: 15_000 });
    const third = await rowAt(3);
    const title = third.querySelector('.items-row__name')!.textContent;
    // Rows 2-4 are withdrawn songs: the first playable row after them is row 5.
    expect(within(third).queryByRole('button', { name: `Play ${title}` })).toBeNull();
    const fifth = await rowAt(5);
    const fifthTitle = fifth.querySelector('.items-row__name')!.textContent;
    await user.click(within(fifth).getByRole('button', { name: `Play ${fifthTitle}` }));
    const dialog = await screen.findByRole('dialog', { name: `Play ${fifthTitle} on…` });
    await user.click(await within(dialog).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() => expect(simulatedPlayer().isPlaying).toBe(true));
    const body = JSON.parse(requests('/v1/me/player/play', 'PUT').at(-1)!.body!) as {
      uris: string[];
    };
    expect(body.uris).toHaveLength(200);
    expect(body.uris).toEqual(likedUris().slice(4, 204));
    const bar = screen.getByRole('contentinfo', { name: 'Player' });
    expect(
      await within(bar).findByText(/Spotify takes 200 songs at a time/, undefined, {
        timeout: 4000,
      }),
    ).toBeInTheDocument();
  });
});

describe('the heart', () => {
  it('looks up the rows on screen together, at most 40 URIs a request, never one per row', async () => {
    await openPlaylist('Ten Thousand Songs');
    const rows = await dataRows();
    const shown = rows.filter((row) => !row.hasAttribute('aria-busy'));
    await waitFor(() => expect(shown.length).toBeGreaterThan(10));
    for (const row of (await dataRows()).slice(0, 10)) await settledHeart(row);
    const lookups = requests('/v1/me/library/contains');
    const asked = lookups.flatMap((r) => urisOf(r.query));
    expect(lookups.every((r) => urisOf(r.query).length <= 40)).toBe(true);
    const rendered = (await dataRows()).length;
    expect(lookups.length).toBeLessThanOrEqual(Math.ceil(rendered / 40));
    // Only rows someone can see (the 10,000 are not all asked about).
    expect(asked.length).toBeLessThanOrEqual(rendered);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('saves at once, rolls back with a message when Spotify refuses, and undoes with Ctrl+Z', async () => {
    const { user } = await openPlaylist('Road Trip');
    const first = seededPlaylist('Road Trip').entries[0]!.uri;
    const heart = await settledHeart(await rowAt(1));
    expect(heart).toHaveAttribute('aria-pressed', 'false');

    store().faults.failWrite = 1;
    await user.click(heart);
    await waitFor(() => expect(heart).toHaveAttribute('aria-pressed', 'false'));
    expect(
      await screen.findByText(/Could not save “.+” to Liked Songs: Spotify is having trouble/),
    ).toBeInTheDocument();
    expect(isSaved(first)).toBe(false);

    await user.click(heart);
    expect(heart).toHaveAttribute('aria-pressed', 'true');
    await screen.findByText(/^Saved “.+” to Liked Songs\.$/);
    expect(isSaved(first)).toBe(true);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(heart).toHaveAttribute('aria-pressed', 'false'));
    await screen.findByText(/^Undone\. Removed “.+” from Liked Songs\.$/);
    expect(isSaved(first)).toBe(false);
  });

  it('asks Spotify after a dropped connection instead of guessing: a like that was made stands, and so does its undo', async () => {
    const { user } = await openPlaylist('Road Trip');
    const first = seededPlaylist('Road Trip').entries[0]!.uri;
    const heart = await settledHeart(await rowAt(1));
    expect(heart).toHaveAttribute('aria-pressed', 'false');

    store().faults.dropAfterCommit = 1;
    await user.click(heart);
    // Spotify made it; the answer was lost. The app looks and says so, with an undo.
    await screen.findByText(/^Saved “.+” to Liked Songs\.$/);
    expect(heart).toHaveAttribute('aria-pressed', 'true');
    expect(isSaved(first)).toBe(true);

    store().faults.dropAfterCommit = 1;
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await screen.findByText(/^Undone\. Removed “.+” from Liked Songs\.$/);
    expect(heart).toHaveAttribute('aria-pressed', 'false');
    expect(isSaved(first)).toBe(false);
  });

  it('keeps a like in step everywhere: the Liked Songs list and count follow without a reload', async () => {
    await signIn();
    const { user, router } = renderApp('/liked');
    await screen.findByText('All 12,000 songs loaded.', undefined, { timeout: 15_000 });
    const pagesLoaded = requests('/v1/me/tracks').length;
    await router.navigate(`/playlists/${seededPlaylist('Road Trip').id}`);
    await screen.findByRole('heading', { level: 1, name: 'Road Trip' });
    const row = await rowAt(2);
    const title = row.querySelector('.items-row__name')!.textContent;
    await user.click(await settledHeart(row));
    await waitFor(() => expect(isSaved(seededPlaylist('Road Trip').entries[1]!.uri)).toBe(true));

    await router.navigate('/liked');
    await screen.findByRole('heading', { level: 1, name: 'Liked Songs' });
    expect(await screen.findByText('12,001 songs')).toBeInTheDocument();
    expect((await dataRows())[0]).toHaveTextContent(title);
    await user.click(heartIn((await dataRows())[0]!));
    expect(await screen.findByText('12,000 songs')).toBeInTheDocument();
    expect((await dataRows())[0]).not.toHaveTextContent(title);
    expect(requests('/v1/me/tracks')).toHaveLength(pagesLoaded);
  });

  it('saves episodes; a local file cannot be saved and says why', async () => {
    const { user } = await openPlaylist('Podcasts & Songs');
    const episode = (await dataRows()).find((row) => within(row).queryByText('Episode'))!;
    expect(await settledHeart(episode)).toHaveAttribute('aria-pressed', 'true');
    await user.click(heartIn(episode));
    await waitFor(() => expect(heartIn(episode)).toHaveAttribute('aria-pressed', 'false'));
    const episodeUri = seededPlaylist('Podcasts & Songs').entries.find((e) =>
      e.uri.startsWith('spotify:episode:'),
    )!.uri;
    expect(isSaved(episodeUri)).toBe(false);
  });

  it('gives a local file a disabled heart with the reason', async () => {
    const { user } = await openPlaylist('Local Files Mix');
    const local = (await dataRows()).find((row) => within(row).queryByText('Local file'))!;
    const heart = heartIn(local);
    expect(heart).toHaveAttribute('aria-disabled', 'true');
    expect(heart).toHaveAccessibleDescription(/can't be saved to Liked Songs/);
    await user.click(heart);
    expect(requests('/v1/me/library', 'PUT')).toHaveLength(0);
  });

  it('is unavailable, with the reason, for a login without the library scopes', async () => {
    await signIn(
      {},
      ALL_APP_SCOPES.filter((s) => !s.startsWith('user-library')),
    );
    renderApp(`/playlists/${seededPlaylist('Road Trip').id}`);
    const heart = heartIn(await rowAt(1));
    expect(heart).toHaveAttribute('aria-disabled', 'true');
    expect(heart).toHaveAccessibleDescription(/needs one more permission/);
    expect(requests('/v1/me/library/contains')).toHaveLength(0);
  });
});
