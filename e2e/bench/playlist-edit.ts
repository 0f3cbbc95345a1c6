/**
 * Editing the 10,000-item playlist with 100 ms latency on every request: for each change,
 * the time until the page shows it (optimistic), until Spotify confirmed it (the toast),
 * and the requests it took. No change reloads the 10,000 items.
 */
import type { Browser, Page } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { loginAsDemo, playlistId, serveApp } from './harness';

const LATENCY_MS = 100;

interface Figures {
  change: string;
  'on screen (ms)': number;
  'confirmed (ms)': number;
  requests: number;
  'item pages re-read': number;
}

const row = (page: Page, position: number) =>
  page.locator(`[role=grid] [role=row][aria-rowindex="${position + 1}"]`);
const titleOf = async (page: Page, position: number) =>
  (await row(page, position).locator('.items-row__name').textContent()) ?? '';

async function time(
  page: Page,
  emulator: Emulator,
  id: string,
  change: string,
  act: () => Promise<void>,
  shown: () => Promise<unknown>,
  confirmed: RegExp,
): Promise<Figures> {
  emulator.store.requestLog.length = 0;
  const started = Date.now();
  await act();
  await shown();
  const onScreen = Date.now() - started;
  await page
    .getByText(confirmed)
    .waitFor()
    .catch(async (error: unknown) => {
      const alert = page.getByRole('alert');
      throw new Error(
        `${change}: no confirmation. ${(await alert.count()) ? await alert.first().textContent() : ''}`,
        { cause: error },
      );
    });
  const done = Date.now() - started;
  // A second more, so requests the change sets off afterwards are counted too.
  await page.waitForTimeout(1000);
  const log = emulator.store.requestLog;
  return {
    change,
    'on screen (ms)': onScreen,
    'confirmed (ms)': done,
    requests: log.filter((r) => r.path.startsWith('/v1/playlists/')).length,
    'item pages re-read': log.filter(
      (r) => r.method === 'GET' && r.path === `/v1/playlists/${id}/items`,
    ).length,
  };
}

export async function benchPlaylistEdit(browser: Browser, emulator: Emulator): Promise<Figures[]> {
  const app = await serveApp('edit');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await loginAsDemo(page, app.url);
    const id = playlistId(emulator, 'Ten Thousand Songs');
    await page.goto(`${app.url}/playlists/${id}`);
    await page
      .getByText('All 10,000 items loaded.')
      .waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByRole('checkbox', { name: 'Select all' }).waitFor({ state: 'visible' });
    emulator.store.faults.latencyMs = LATENCY_MS;
    const results: Figures[] = [];

    const second = await titleOf(page, 2);
    await row(page, 1).getByRole('checkbox').check();
    results.push(
      await time(
        page,
        emulator,
        id,
        'Move down (first row)',
        () => page.getByRole('button', { name: 'Move down' }).click(),
        () => row(page, 1).getByText(second, { exact: true }).waitFor(),
        /^Moved “.*” to position 2/,
      ),
    );

    const first = await titleOf(page, 1);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await row(page, 1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Move to position…' }).click();
    await page.getByLabel(/New position/).fill('10000');
    results.push(
      await time(
        page,
        emulator,
        id,
        'Move to position 10,000 (first to last)',
        () => page.getByRole('dialog').getByRole('button', { name: 'Move' }).click(),
        () => row(page, 1).getByText(first, { exact: true }).waitFor({ state: 'detached' }),
        /^Moved “.*” to position 10000/,
      ),
    );

    const top = await titleOf(page, 1);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await row(page, 1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Remove…' }).click();
    results.push(
      await time(
        page,
        emulator,
        id,
        'Remove (first row)',
        () => page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click(),
        () => row(page, 1).getByText(top, { exact: true }).waitFor({ state: 'detached' }),
        /^Removed “.*” from Ten Thousand Songs/,
      ),
    );
    results.push(
      await time(
        page,
        emulator,
        id,
        'Undo the removal',
        () => page.getByRole('button', { name: 'Undo' }).click(),
        () => row(page, 1).getByText(top, { exact: true }).waitFor(),
        /^Undone: Removed/,
      ),
    );
    return results;
  } finally {
    emulator.store.faults.latencyMs = 0;
    await context.close();
    await app.close();
  }
}
