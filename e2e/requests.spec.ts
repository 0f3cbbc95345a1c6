import { expectNoAxeViolations } from './axe';
import { expect, openPlaylist, openSignedIn, test } from './fixtures';

test('a playlist is read once: its first items come with it, and asking again costs a 304, shown in Diagnostics', async ({
  page,
  emulator,
}) => {
  // The page's clock, so the playlist can be made older than its 30 s of freshness.
  await page.clock.install();
  await openSignedIn(page, '/playlists');
  await openPlaylist(page, 'Road Trip');
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  const id = new URL(page.url()).pathname.split('/').pop()!;
  // GET /playlists/{id} embeds the first 50 items: no items request for these 25.
  expect(await emulator.requests(`/v1/playlists/${id}/items`)).toEqual([]);

  // Opened again a minute later: the app names the ETag it kept, and Spotify says nothing changed.
  await page.clock.fastForward(60_000);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Playlists' })
    .click();
  await openPlaylist(page, 'Road Trip');
  const reads = async () =>
    (await emulator.requests(`/v1/playlists/${id}`))
      .filter((r) => r.path === `/v1/playlists/${id}`)
      .map((r) => r.status);
  await expect.poll(reads).toEqual([200, 304]);
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  expect(await emulator.requests(`/v1/playlists/${id}/items`)).toEqual([]);

  await page.getByRole('button', { name: 'Account: Demo Listener' }).click();
  await page.getByRole('menuitem', { name: 'Diagnostics' }).click();
  const dialog = page.getByRole('dialog', { name: 'Diagnostics' });
  const playlists = dialog.getByRole('row', { name: /^Playlists/ });
  const sent = (await emulator.requests('/v1/')).filter((r) =>
    /^\/v1\/(me\/playlists|playlists\/[^/]+)$/.test(r.path),
  );
  await expect(playlists.getByRole('cell')).toHaveText([
    String(sent.length),
    String(sent.filter((r) => r.status === 304).length),
    '0',
    '0',
  ]);
  await expect(dialog.getByText('No limit is holding requests back.')).toBeVisible();
  await expectNoAxeViolations(page, { include: 'dialog' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Account: Demo Listener' })).toBeFocused();
});
