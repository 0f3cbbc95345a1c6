/**
 * Every name leads somewhere: from a playlist row to its artist (follow and unfollow, after
 * allowing it from a login made before following came to the app) and to its album (save
 * it, play from track 3: Spotify plays the album from there), and back; a search with
 * Spotify's field filters, and "In your playlists" for the song it finds. Desktop and
 * phone (responsive journeys' projects), axe clean on each page.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openSignedIn, openPlaylist, test, type EmulatorControl } from './fixtures';

const row = (page: Page, position: number) =>
  page.getByRole('grid').locator(`[role="row"][aria-rowindex="${position + 1}"]`);

/** Whether Spotify has these in the library (followed, saved), asked as another app would. */
async function inLibrary(emulator: EmulatorControl, uri: string): Promise<boolean> {
  const { access_token } = await emulator.call<{ access_token: string }>('POST', 'tokens');
  const response = await fetch(`${emulator.url}/v1/me/library/contains?uris=${uri}`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  return ((await response.json()) as boolean[])[0]!;
}

interface Player {
  context: { uri: string } | null;
  item: { uri: string; track_number: number } | null;
}
async function playing(emulator: EmulatorControl): Promise<Player | null> {
  const { access_token } = await emulator.call<{ access_token: string }>('POST', 'tokens');
  const response = await fetch(`${emulator.url}/v1/me/player`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  return response.status === 204 ? null : ((await response.json()) as Player);
}

/** A login from before following came to the app: the session never asked for it. */
async function withoutFollowScopes(page: Page) {
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('slm.session')!) as { scopes: string[] };
    session.scopes = session.scopes.filter((scope) => !scope.startsWith('user-follow'));
    localStorage.setItem('slm.session', JSON.stringify(session));
  });
}

test('from a row to its artist and its album (save, play from track 3), back, and follow the artist after allowing it', async ({
  page,
  emulator,
  isMobile,
}) => {
  await openSignedIn(page);
  await withoutFollowScopes(page);
  await page.reload();
  await openPlaylist(page, 'Road Trip');
  const first = row(page, 1);
  const artistLink = first.getByRole('link').first();
  const artistName = (await artistLink.textContent())!;

  // The artist, by the row's link (on phones the row menu says the same).
  await artistLink.click();
  const heading = page.getByRole('heading', { level: 1, name: artistName });
  await expect(heading).toBeVisible();
  const artistUrl = page.url();
  const artistUri = `spotify:artist:${artistUrl.split('/').at(-1)}`;
  const albums = page.getByRole('region', { name: 'Albums' });
  await expect(albums.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page, { targetSize: isMobile });

  // One of their albums, from its card.
  const card = albums.getByRole('link').first();
  const albumName = (await card.textContent())!;
  await card.click();
  const albumHeading = page.getByRole('heading', { level: 1, name: albumName });
  await expect(albumHeading).toBeVisible();
  const albumUri = `spotify:album:${page.url().split('/').at(-1)}`;
  await expectNoAxeViolations(page, { targetSize: isMobile });
  await page.getByRole('button', { name: 'Save to Your Library' }).click();
  await expect(page.getByRole('button', { name: 'Saved to Your Library' })).toBeVisible();
  await expect.poll(() => inLibrary(emulator, albumUri)).toBe(true);

  // Track 3 plays in the album, from track 3 (in this browser: it can play).
  const third = row(page, 3);
  const title = (await third.locator('.items-row__name').textContent())!;
  if (isMobile) {
    await third.getByRole('button', { name: `More for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Play', exact: true }).click();
  } else await third.getByRole('button', { name: `Play ${title}` }).click();
  await expect
    .poll(async () => {
      const state = await playing(emulator);
      return state && { context: state.context?.uri, track: state.item?.track_number };
    })
    .toEqual({ context: albumUri, track: 3 });

  // Back to the artist, back to the playlist, and forward to the artist again.
  await page.goBack();
  await expect(heading).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Road Trip' })).toBeVisible();
  await page.goForward();
  await expect(heading).toBeVisible();

  // Following needs a permission this login never asked for: a new consent, then back here.
  await page.getByRole('button', { name: 'Allow following artists' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(heading).toBeVisible();
  expect(page.url()).toBe(artistUrl);
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Following' })).toBeVisible();
  await expect.poll(() => inLibrary(emulator, artistUri)).toBe(true);
  await page.getByRole('button', { name: 'Following' }).click();
  await expect(page.getByRole('button', { name: 'Follow', exact: true })).toBeVisible();
  await expect.poll(() => inLibrary(emulator, artistUri)).toBe(false);
});

test('a search with field filters finds what Spotify holds, and "In your playlists" names Road Trip for its song', async ({
  page,
  emulator,
  isMobile,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  const first = row(page, 1);
  const title = (await first.locator('.items-row__name').textContent())!;
  const artist = (await first.getByRole('link').first().textContent())!;
  const albumId = (await first.locator('a[href^="/album/"]').getAttribute('href'))!.split('/')[2]!;
  const { access_token } = await emulator.call<{ access_token: string }>('POST', 'tokens');
  const album = (await (
    await fetch(`${emulator.url}/v1/albums/${albumId}`, {
      headers: { authorization: `Bearer ${access_token}` },
    })
  ).json()) as { release_date: string };
  const year = album.release_date.slice(0, 4);

  // Search, from the main navigation (a tab on phones), with Spotify's field filters.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search' })
    .click();
  const field = page.getByRole('searchbox', { name: 'Search Spotify' });
  await field.fill(`artist:"${artist}" year:${year}`);
  const songs = page.getByRole('list', { name: 'Songs' });
  await expect(songs.getByRole('listitem').first()).toBeVisible();
  // Ten at a time: the artist's songs of that year may take a Show more or two.
  const song = songs.getByRole('listitem').filter({ hasText: title }).first();
  const more = page.getByRole('button', { name: /^Show more songs/ });
  for (let tries = 0; tries < 5 && !(await song.isVisible()); tries++) {
    const shown = await songs.getByRole('listitem').count();
    if (!(await more.isVisible())) break;
    await more.click();
    await expect(songs.getByRole('listitem')).not.toHaveCount(shown);
  }
  await expect(song).toBeVisible();
  for (const text of await songs.getByRole('listitem').allTextContents())
    expect(text).toContain(artist);
  expect(new URL(page.url()).searchParams.get('q')).toBe(`artist:"${artist}" year:${year}`);
  await expectNoAxeViolations(page, { targetSize: isMobile });

  // Which of my playlists has it: Road Trip, read when it was opened.
  await song.getByRole('button', { name: `More for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'In your playlists…' }).click();
  const dialog = page.getByRole('dialog', { name: `“${title}” in your playlists` });
  await expect(dialog.getByRole('link', { name: 'Road Trip' })).toBeVisible();
  await expectNoAxeViolations(page, { targetSize: isMobile });
  await dialog.getByRole('link', { name: 'Road Trip' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Road Trip' })).toBeVisible();
});
