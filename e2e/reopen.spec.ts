import type { Page, Request } from '@playwright/test';
import { expect, openSignedIn, openPlaylist, test } from './fixtures';
import { hasPersistedItems, persistedEntries, persistedKeys } from './persisted-cache';

const row = (page: Page, index: number) =>
  page.getByRole('grid').locator(`[role=row][aria-rowindex="${index + 1}"]`);
const titleOf = (page: Page, index: number) => row(page, index).locator('.items-row__name');

test('a reload shows every row of an unchanged playlist with no item requests', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Ten Thousand Songs');
  await expect(page.getByText('All 10,000 items loaded.')).toBeAttached({ timeout: 20_000 });
  await expect.poll(() => hasPersistedItems(page)).toBe(true);
  const id = new URL(page.url()).pathname.split('/').pop()!;

  await emulator.call('DELETE', 'requests');
  await page.reload();
  await expect(page.getByText('All 10,000 items loaded.')).toBeAttached();
  await expect(titleOf(page, 1)).toBeVisible();
  // The grid's own End key (pressed on a row), not the browser scrolling the page.
  await row(page, 1).press('End');
  await expect(row(page, 10_000)).toBeFocused();
  await expect(titleOf(page, 10_000)).toBeVisible();
  // The playlist itself is read again: its snapshot_id says nothing changed.
  await expect
    .poll(async () => (await emulator.requests(`/v1/playlists/${id}`)).length)
    .toBeGreaterThan(0);
  expect(await emulator.requests(`/v1/playlists/${id}/items`)).toEqual([]);
});

test('an edit survives a reload, read from the persisted copy', async ({ page, emulator }) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  const before = (await emulator.playlist('Road Trip')).uris;
  const second = await titleOf(page, 2).textContent();
  await row(page, 1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move down' }).click();
  await expect.poll(async () => (await emulator.playlist('Road Trip')).uris[0]).toBe(before[1]);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  // The new version is written through (within 50 ms) before the reload.
  const { snapshotId } = await emulator.playlist('Road Trip');
  await expect
    .poll(async () => (await persistedEntries(page)).some((key) => key.includes(snapshotId)))
    .toBe(true);

  await emulator.call('DELETE', 'requests');
  await page.reload();
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  await expect(titleOf(page, 1)).toHaveText(second!);
  const itemReads = (await emulator.requests('/v1/playlists/')).filter((r) =>
    r.path.endsWith('/items'),
  );
  expect(itemReads).toEqual([]);
});

test('logging out empties the account’s persisted copy, with two tabs open', async ({
  page,
  context,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  const other = await context.newPage();
  await other.goto('/liked');
  await expect(other.getByRole('heading', { level: 1, name: 'Liked Songs' })).toBeVisible();
  await expect.poll(() => hasPersistedItems(page)).toBe(true);

  await page.getByRole('button', { name: 'Account: Demo Listener' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(other).toHaveURL(/\/login/);
  await expect.poll(() => persistedKeys(other)).toEqual([]);
});

test('jumping to the end while a playlist loads fetches the end first', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  // Everything between the first pages and the last ones comes slowly, so the list is
  // still loading when End is pressed however fast this machine is.
  await emulator.faults({ slowItemPages: { fromOffset: 500, toOffset: 9_900, latencyMs: 2_000 } });
  await openPlaylist(page, 'Ten Thousand Songs');
  await expect(titleOf(page, 1)).toBeVisible();
  await row(page, 1).press('End');
  await expect(row(page, 10_000)).toBeFocused();
  // The last page is asked for next, while the middle of the playlist is on its way.
  await expect(titleOf(page, 10_000)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('progressbar', { name: 'Loading items' })).toBeVisible();
  await emulator.faults({ slowItemPages: null });
  await expect(page.getByText('All 10,000 items loaded.')).toBeAttached({ timeout: 20_000 });
});

test('leaving a playlist while it loads cancels its pages in flight', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  // The pages after the first ones would take a minute: only a cancel ends them sooner.
  await emulator.faults({
    slowItemPages: { fromOffset: 500, toOffset: 10_000, latencyMs: 60_000 },
  });
  const slow = new Set<Request>();
  const ended = (request: Request) => slow.delete(request);
  page.on('request', (request) => {
    const offset = new URL(request.url()).searchParams.get('offset');
    if (/\/items\?/.test(request.url()) && Number(offset) >= 500) slow.add(request);
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  await openPlaylist(page, 'Ten Thousand Songs');
  await expect(titleOf(page, 1)).toBeVisible();
  await expect.poll(() => slow.size).toBeGreaterThan(0);
  // Its pages are read by a worker once it has started (page-reader.ts): those are cancelled too.
  await expect
    .poll(() => page.workers().some((worker) => worker.url().includes('page-reader-worker')))
    .toBe(true);

  await page.getByRole('link', { name: 'Playlists', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playlists' })).toBeVisible();
  await expect.poll(() => slow.size, { timeout: 10_000 }).toBe(0);
});
