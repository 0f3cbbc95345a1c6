import { expectNoAxeViolations } from './axe';
import { expect, openPlaylist, openSignedIn, test } from './fixtures';

test('create a playlist, edit it, and remove it from the library, with accessible dialogs', async ({
  page,
}) => {
  await openSignedIn(page);
  await page.getByRole('button', { name: 'New playlist' }).click();
  const create = page.getByRole('dialog', { name: 'New playlist' });
  await expectNoAxeViolations(page, { include: 'dialog' });
  await create.getByLabel('Name').fill('Morning Run');
  await create.getByRole('radio', { name: /^Private/ }).check();
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Morning Run' })).toBeVisible();
  await expect(page.getByText('Private playlist')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This playlist is empty' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit details' });
  await expect(edit.getByLabel('Name')).toBeVisible();
  await expectNoAxeViolations(page, { include: 'dialog' });
  await edit.getByLabel('Name').fill('Morning Run Mix');
  await edit.getByLabel('Description').fill('Fast & fun');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Morning Run Mix' })).toBeVisible();
  // Shown at once, saved once Spotify answers (a reload before that: the test below).
  await expect(page.getByText('Saved the details of “Morning Run Mix”.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Fast & fun')).toBeVisible();

  await page.getByRole('button', { name: 'More for Morning Run Mix' }).click();
  await page.getByRole('menuitem', { name: 'Remove from Your Library' }).click();
  const confirm = page.getByRole('dialog', { name: /Remove “Morning Run Mix” from Your Library/ });
  await expect(confirm).toContainText('Spotify has no way to delete a playlist');
  await expectNoAxeViolations(page, { include: 'dialog' });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('Removed “Morning Run Mix” from Your Library.')).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Your playlists' })
      .getByRole('link', { name: 'Morning Run Mix' }),
  ).toHaveCount(0);
});

test('creating a playlist over a dropped connection leaves exactly one', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  await page.getByRole('button', { name: 'New playlist' }).click();
  const create = page.getByRole('dialog', { name: 'New playlist' });
  await create.getByLabel('Name').fill('Exactly Once');
  await emulator.faults({ dropAfterCommit: 1 });
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByRole('alert')).toContainText('may or may not have happened');
  await create.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('list', { name: 'Your playlists' }).getByRole('link', { name: 'Exactly Once' }),
  ).toHaveCount(1);
});

test('uploads a cover, shown once Spotify has processed it; a bad file is refused', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Empty Shelf');
  const picture = await page.screenshot();
  await page.getByLabel('Cover picture').setInputFiles({
    name: 'cover.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a picture'),
  });
  await expect(page.getByRole('alert')).toContainText('That file is not a picture');
  expect(
    (await emulator.requests('/v1/playlists/')).filter((r) => r.method === 'PUT'),
  ).toHaveLength(0);

  await page
    .getByLabel('Cover picture')
    .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: picture });
  await expect(page.getByText('Cover updated.')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('header.playlist-header img')).toHaveAttribute(
    'src',
    /\/images\/upload\//,
  );
  const puts = (await emulator.requests('/v1/playlists/')).filter(
    (r) => r.method === 'PUT' && r.path.endsWith('/images'),
  );
  expect(puts.map((r) => r.status)).toEqual([202]);
});

test('new details saved just before a reload reach Spotify and are shown after it', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Empty Shelf');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit details' });
  await edit.getByLabel('Name').fill('Shelf Renamed');
  // Spotify is slow to answer, its CORS preflight too: the save is still on its way (not yet
  // sent, even) when the page reloads, as when Save and a reload come in quick succession.
  await emulator.faults({ latencyMs: 800, preflightLatency: true });
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shelf Renamed' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await emulator.faults({ latencyMs: 0, preflightLatency: false });
  // The page that asked is gone, but the save still reaches Spotify.
  await expect
    .poll(async () => (await emulator.playlist('Shelf Renamed'))?.name, { timeout: 10_000 })
    .toBe('Shelf Renamed');
  // The page read the playlist while the save was still on its way; the next read has it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Shelf Renamed' })).toBeVisible();
});
