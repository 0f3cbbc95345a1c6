/**
 * Taking playlists out and bringing them back, from a fresh emulator: export the
 * local-files playlist as CSV and JSON (the downloads read and checked), then restore the
 * 10,000-item playlist's backup with a failure injected half way and resume to an exact copy.
 */
import { expectNoAxeViolations } from './axe';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openSignedIn, openPlaylist, test } from './fixtures';

const toPlaylists = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playlists' }).click();

/** From any page: the restore dialog with the backup file at `path` chosen. */
async function openRestore(page: Page, path: string) {
  await toPlaylists(page);
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await dialog.getByLabel(/^Backup file/).setInputFiles(path);
  return dialog;
}

async function exportAs(page: Page, name: string, format: RegExp) {
  await page.getByRole('button', { name: `Export ${name}` }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('exports the local-files playlist as CSV and as a JSON backup', async ({ page, emulator }) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Local Files Mix');
  const { uris } = await emulator.playlist('Local Files Mix');

  const csv = await exportAs(page, 'Local Files Mix', /^CSV \(for spreadsheets/);
  expect(csv.name).toBe('Local-Files-Mix.csv');
  expect(csv.text.startsWith('\uFEFF"position","uri","title","artists","album"')).toBe(true);
  const lines = csv.text.trim().split('\r\n');
  expect(lines).toHaveLength(uris.length + 1);
  for (const uri of uris) expect(csv.text).toContain(`"${uri}"`);
  expect(csv.text).toContain('"local"');
  // Written off the main thread (issue 27: 10,000 items held it for 80-130 ms).
  expect(page.workers().some((worker) => worker.url().includes('export-worker'))).toBe(true);

  const json = await exportAs(page, 'Local Files Mix', /^JSON/);
  expect(json.name).toBe('Local-Files-Mix.json');
  const backup = JSON.parse(json.text) as {
    format: string;
    version: number;
    playlists: { name: string; items: { uri: string; type: string }[] }[];
  };
  expect(backup).toMatchObject({ format: 'spotify-library-manager/backup', version: 1 });
  expect(backup.playlists[0]!.items.map((i) => i.uri)).toEqual(uris);
  expect(backup.playlists[0]!.items.some((i) => i.type === 'local')).toBe(true);
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported Local Files Mix as JSON: 13 items.' }),
  ).toBeVisible();

  // For other tools: Exportify's columns, and playlist files with every entry that has an address.
  const exportify = await exportAs(page, 'Local Files Mix', /Exportify/);
  expect(exportify.name).toBe('Local-Files-Mix.exportify.csv');
  expect(exportify.text.startsWith('\uFEFF"Track URI","Track Name","Artist URI(s)"')).toBe(true);
  expect(exportify.text.trim().split('\r\n')).toHaveLength(uris.length + 1);
  const m3u = await exportAs(page, 'Local Files Mix', /^M3U8/);
  expect(m3u.name).toBe('Local-Files-Mix.m3u8');
  expect(m3u.text.startsWith('#EXTM3U\n#PLAYLIST:Local Files Mix\n#EXTINF:')).toBe(true);
  for (const uri of uris.filter((u) => u.startsWith('spotify:local:')))
    expect(m3u.text).toContain(`\n${uri}\n`);
  const xspf = await exportAs(page, 'Local Files Mix', /^XSPF/);
  expect(xspf.name).toBe('Local-Files-Mix.xspf');
  expect(xspf.text).toContain('<playlist xmlns="http://xspf.org/ns/0/" version="1">');
  expect(xspf.text).toContain('<title>Local Files Mix</title>');
});

test('an export is still written when the export worker cannot load', async ({ page }) => {
  await page.route(/export-worker-[^/]*\.js$/, (route) => route.abort());
  await openSignedIn(page);
  await openPlaylist(page, 'Local Files Mix');
  const csv = await exportAs(page, 'Local Files Mix', /^CSV \(for spreadsheets/);
  expect(csv.text.startsWith('\uFEFF"position","uri","title","artists","album"')).toBe(true);
  expect(csv.text.trim().split('\r\n')).toHaveLength(14);
});

test('exports everything into one zip, with progress, marking playlists whose items are not shared', async ({
  page,
  emulator,
}) => {
  test.setTimeout(90_000);
  // Renamed elsewhere to text a spreadsheet would run as a formula.
  const formula = '=HYPERLINK("http://example.com","Band Practice")';
  const band = await emulator.playlist('Band Practice');
  await emulator.webApi('PUT', `playlists/${band.id}`, { name: formula });
  await openSignedIn(page);
  const download = page.waitForEvent('download', { timeout: 80_000 });
  await page.getByRole('button', { name: 'Export everything' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Exporting \d+ of \d+: / }),
  ).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^spotify-library-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile(await file.path())));
  const backup = JSON.parse(strFromU8(files['backup.json']!)) as {
    playlists: { name: string; source: string; itemsShared: boolean; items: unknown[] }[];
    library: Record<'albums' | 'artists' | 'shows', { uri: string }[]>;
  };
  // The rest of Your Library is in it too, each kind as Spotify lists it.
  for (const kind of ['albums', 'artists', 'shows'] as const)
    expect(backup.library[kind].length).toBeGreaterThan(0);
  expect(strFromU8(files['library.csv']!)).toContain('"artist",');
  const all = await emulator.call<{ name: string }[]>('GET', 'playlists');
  const names = backup.playlists.map((p) => p.name);
  expect(names).toContain('Local Files Mix');
  expect(names.at(-1)).toBe('Liked Songs');
  expect(backup.playlists.at(-1)!.items).toHaveLength(12_000);
  expect(backup.playlists.find((p) => p.name === "Editor's Picks")!.itemsShared).toBe(false);
  expect(backup.playlists.length).toBeLessThanOrEqual(all.length + 1);
  expect(Object.keys(files).some((f) => /^playlists\/\d{3}-Local-Files-Mix\.csv$/.test(f))).toBe(
    true,
  );
  const index = strFromU8(files['playlists.csv']!);
  expect(index).toContain('no (not yours');
  // The formula is written as text (a leading apostrophe), and no cell starts one.
  expect(index).toContain(`"'=HYPERLINK(""http://example.com"",""Band Practice"")"`);
  const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data.flat();
  expect(cells(index).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  // An item Spotify sent nothing for is "unavailable" with no title; a song withdrawn in
  // this market is "withdrawn", with its data.
  const lost = Object.keys(files).find((f) => /^playlists\/\d{3}-Lost-Found\.csv$/.test(f))!;
  const rows = Papa.parse<Record<string, string>>(strFromU8(files[lost]!).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.filter((row) => row.type === 'unavailable').length).toBeGreaterThan(0);
  for (const row of rows.filter((r) => r.type === 'unavailable')) expect(row.title).toBe('');
  const liked = backup.playlists.at(-1)!.items as { type: string; title: string; uri: string }[];
  const withdrawn = liked.filter((item) => item.type === 'withdrawn');
  expect(withdrawn.length).toBeGreaterThan(0);
  for (const item of withdrawn) {
    expect(item.title).not.toBe('');
    expect(item.uri).toMatch(/^spotify:track:/);
  }
  await expect(
    page.getByRole('status').filter({ hasText: /^Exported \d+ playlists/ }),
  ).toBeVisible();

  // An artist unfollowed since the export: the Artists shelf has one fewer.
  const artists = backup.library.artists.map((a) => a.uri);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Artists' }).click();
  const followed = main.getByRole('list', { name: 'Artists you follow' }).getByRole('listitem');
  await expect(followed).toHaveCount(artists.length);
  await followed.first().getByRole('link').click();
  await page.getByRole('button', { name: 'Following' }).click();
  await expect(page.getByRole('button', { name: 'Follow', exact: true })).toBeVisible();
  await page.goBack();
  await expect(followed).toHaveCount(artists.length - 1);

  // The zip restores as it is: its backup is read from inside it.
  const dialog = await openRestore(page, await file.path());
  const choices = dialog.getByRole('group', { name: /^Playlists to restore/ });
  await expect(choices.getByRole('checkbox')).toHaveCount(backup.playlists.length);
  // Every playlist whose items were shared is chosen at first, and again by Choose all.
  const restorable = backup.playlists.filter((p) => p.itemsShared).length;
  await choices.getByRole('button', { name: 'Choose none' }).click();
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await choices.getByRole('button', { name: 'Choose all' }).click();
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(restorable);
  await choices.getByRole('button', { name: 'Choose none' }).click();
  await choices.getByRole('checkbox', { name: /^Lost & Found/ }).check();
  // The unfollowed artist is followed again with the restore.
  await expect(dialog.getByRole('checkbox', { name: /^Save and follow again: / })).toBeChecked();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByRole('status')).toContainText('Lost & Found restored');
  await expect(dialog.getByRole('status')).toContainText('Saved and followed again: ');
  const { access_token } = await emulator.call<{ access_token: string }>('POST', 'tokens');
  const contains = await fetch(`${emulator.url}/v1/me/library/contains?uris=${artists.join(',')}`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  expect(await contains.json()).toEqual(artists.map(() => true));
  // And the Artists shelf shows it again, without a reload.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await main.getByRole('button', { name: 'Artists' }).click();
  await expect(followed).toHaveCount(artists.length);
});

test('restores the 10,000-item backup, stopped half way by a failure, resumed to an exact copy', async ({
  page,
  emulator,
}, info) => {
  test.setTimeout(120_000);
  await openSignedIn(page);
  await openPlaylist(page, 'Ten Thousand Songs');
  const json = await exportAs(page, 'Ten Thousand Songs', /^JSON/);
  const backupPath = info.outputPath('ten-thousand.json');
  await writeFile(backupPath, json.text);
  const original = await emulator.playlist('Ten Thousand Songs');

  const dialog = await openRestore(page, backupPath);
  await expect(
    dialog.getByRole('checkbox', { name: /^Ten Thousand Songs · 10,000 items/ }),
  ).toBeChecked();
  await expectNoAxeViolations(page, { include: 'dialog' });

  // Write 1 creates the playlist and write 2 puts its cover back; the 50th add of 100 fails.
  await emulator.faults({ failWrite: 52 });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Restoring Ten Thousand Songs stopped after 4,900 of 10,000 items',
    { timeout: 60_000 },
  );
  await dialog.getByRole('button', { name: 'Resume' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'Ten Thousand Songs restored: 10,000 items',
    {
      timeout: 60_000,
    },
  );

  const copies = await emulator.call<{ id: string; uris: string[] }[]>(
    'GET',
    `playlists?name=${encodeURIComponent('Ten Thousand Songs')}`,
  );
  const copy = copies.find((p) => p.id !== original.id)!;
  expect(copy.uris).toEqual(original.uris);
  await dialog.getByRole('link', { name: 'Ten Thousand Songs' }).click();
  await expect(page).toHaveURL(new RegExp(`/playlists/${copy.id}$`));
});

test('copies a playlist to a new one and merges two into one of yours, skipping songs already there', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Local Files Mix');
  const source = await emulator.playlist('Local Files Mix');
  await page.getByRole('button', { name: 'Export Local Files Mix' }).click();
  await page.getByRole('menuitem', { name: 'Copy to a new playlist…' }).click();
  const copy = page.getByRole('dialog', { name: 'Copy Local Files Mix to a new playlist' });
  await expect(copy).toContainText("5 local files or unavailable items can't be added");
  await copy.getByRole('button', { name: 'Copy' }).click();
  await expect(copy.getByRole('status')).toContainText('Copied 8 items to Local Files Mix (copy).');
  const copied = await emulator.playlist('Local Files Mix (copy)');
  expect(copied.uris).toEqual(source.uris.filter((u) => !u.startsWith('spotify:local:')));
  await copy.getByRole('button', { name: 'Close' }).click();

  await toPlaylists(page);
  await page.getByRole('button', { name: 'Merge playlists…' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge playlists' });
  await merge.getByRole('checkbox', { name: 'Road Trip' }).check();
  await merge.getByRole('checkbox', { name: 'Duplicates Galore' }).check();
  await merge.getByRole('radio', { name: 'One of your playlists' }).check();
  await merge
    .getByLabel('Playlist', { exact: true })
    .selectOption({ label: 'Local Files Mix (copy)' });
  await expect(merge.getByRole('checkbox', { name: 'Skip songs already there' })).toBeChecked();
  await expectNoAxeViolations(page, { include: 'dialog' });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge.getByText(/Added \d+ items from 2 playlists/)).toBeVisible();

  const road = (await emulator.playlist('Road Trip')).uris;
  const dupes = (await emulator.playlist('Duplicates Galore')).uris;
  const merged = (await emulator.playlist('Local Files Mix (copy)')).uris;
  const expected = [...copied.uris];
  for (const uri of [...road, ...dupes]) if (!expected.includes(uri)) expected.push(uri);
  expect(merged).toEqual(expected);
});

test('imports a CSV: URIs as they are, a row without one found by search and confirmed, resumed after a failure into one playlist', async ({
  page,
  emulator,
}, info) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  const csv = await exportAs(page, 'Road Trip', /^CSV \(for spreadsheets/);
  const road = (await emulator.playlist('Road Trip')).uris;
  // The first song loses its URI: it has to be found by title and artists.
  const edited = csv.text.replace(`"${road[0]}"`, '""');
  const path = info.outputPath('road-trip.csv');
  await writeFile(path, edited);

  await toPlaylists(page);
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a playlist from CSV' });
  await dialog.getByLabel(/^CSV file/).setInputFiles(path);
  const found = dialog.getByRole('group', { name: 'Found by searching: check before adding' });
  await expect(found.getByRole('checkbox')).toHaveCount(1);
  await expect(found.getByRole('checkbox')).toBeChecked();
  await expectNoAxeViolations(page, { include: 'dialog' });
  // Write 1 creates the playlist; the add fails, and the import offers to resume.
  await emulator.faults({ failWrite: 2 });
  await dialog.getByRole('button', { name: 'Import 25 songs' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByRole('button', { name: 'Resume' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 25 songs into road-trip.');
  const imported = await emulator.call<{ uris: string[] }[]>('GET', 'playlists?name=road-trip');
  expect(imported.map((p) => p.uris)).toEqual([road]);
});

test('a restore puts the backed-up cover back', async ({ page, emulator }, info) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  await page
    .getByLabel('Cover picture')
    .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: await page.screenshot() });
  await expect(page.getByText('Cover updated.')).toBeVisible({ timeout: 15_000 });
  const json = await exportAs(page, 'Road Trip', /^JSON/);
  expect(json.text).toMatch(/"coverUrl": "http[^"]+\/images\/upload\//);
  const path = info.outputPath('road-trip.json');
  await writeFile(path, json.text);

  const dialog = await openRestore(page, path);
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'Road Trip restored: 25 items, with its cover',
  );
  // Spotify processes an uploaded cover after answering 202 (the emulator: 1.5 s on its
  // clock, driven past here rather than waited out); a reload then reads the new cover.
  await emulator.call('POST', 'clock', { advanceMs: 5_000 });
  await dialog.getByRole('link', { name: 'Road Trip' }).click();
  await page.reload();
  await expect(page.locator('header.playlist-header img')).toHaveAttribute(
    'src',
    /\/images\/upload\//,
    { timeout: 15_000 },
  );
});
