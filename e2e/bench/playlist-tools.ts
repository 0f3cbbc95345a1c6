/**
 * The playlist tools on the 10,000-item playlist: filtering as you type (time per
 * keystroke until the matches are shown), finding duplicates (time to the dialog), and
 * saving a title sort (requests and time, against how many moves a one-by-one plan makes).
 * Run without added latency: the save is thousands of sequential requests, so its time at
 * 100 ms latency is estimated from the request count.
 */
import type { Browser, Page } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { oneByOneMoveCount } from '../../src/features/playlists/tools/arrange';
import { loginAsDemo, playlistId, serveApp } from './harness';

const NAME = 'Ten Thousand Songs';

export interface ToolFigures {
  measure: string;
  value: string;
}

async function filterTimes(page: Page): Promise<number[]> {
  const field = page.getByRole('searchbox', { name: `Find in ${NAME}` });
  await field.click();
  const times: number[] = [];
  let typed = '';
  for (const key of 'harbor') {
    typed += key;
    const started = Date.now();
    await page.keyboard.type(key);
    // Done when the count is shown and every row drawn matches what is typed so far.
    await page.waitForFunction((query) => {
      const count = document.querySelector('.find-field [role=status]')?.textContent ?? '';
      const rows = [...document.querySelectorAll('.items-table__body [role=row]')];
      return (
        /match/.test(count) &&
        rows.every((row) => (row.textContent ?? '').toLowerCase().includes(query))
      );
    }, typed);
    times.push(Date.now() - started);
  }
  await field.fill('');
  return times;
}

/** Title order as the app sorts it: locale-aware, stable. */
function titleOrder(emulator: Emulator, id: string): number[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const entries = emulator.store.playlists.get(id)!.entries;
  const title = (uri: string) => emulator.store.tracks.get(uri.split(':')[2]!)?.name ?? '';
  return entries
    .map((entry, i) => ({ i, title: title(entry.uri) }))
    .sort((a, b) => collator.compare(a.title, b.title) || a.i - b.i)
    .map((entry) => entry.i);
}

export async function benchPlaylistTools(
  browser: Browser,
  emulator: Emulator,
): Promise<ToolFigures[]> {
  const app = await serveApp('tools');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await loginAsDemo(page, app.url);
    const id = playlistId(emulator, NAME);
    await page.goto(`${app.url}/playlists/${id}`);
    await page
      .getByText('All 10,000 items loaded.')
      .waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByRole('checkbox', { name: 'Select all' }).waitFor();

    const keystrokes = await filterTimes(page);
    const sortedKeystrokes = [...keystrokes].sort((a, b) => a - b);

    let started = Date.now();
    await page.getByRole('button', { name: 'Find duplicates…' }).click();
    await page.getByRole('dialog', { name: `Duplicates in ${NAME}` }).waitFor();
    const duplicatesMs = Date.now() - started;
    const groups = await page.locator('.duplicate-groups > li').count();
    await page.keyboard.press('Escape');

    const order = titleOrder(emulator, id);
    const oneByOne = oneByOneMoveCount(order);
    emulator.store.requestLog.length = 0;
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    started = Date.now();
    await page.getByRole('button', { name: 'Save this order' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved ${NAME} in title order.` })
      .waitFor({ timeout: 600_000 });
    const saveMs = Date.now() - started;
    const moves = emulator.store.requestLog.filter(
      (r) => r.method === 'PUT' && r.path === `/v1/playlists/${id}/items`,
    ).length;
    const perRequest = saveMs / Math.max(moves, 1);
    return [
      {
        measure: 'filter, per keystroke (median / max)',
        value: `${sortedKeystrokes[Math.floor(sortedKeystrokes.length / 2)]} ms / ${sortedKeystrokes.at(-1)} ms`,
      },
      { measure: 'find duplicates (to the dialog)', value: `${duplicatesMs} ms, ${groups} groups` },
      { measure: 'save title sort: range moves sent', value: String(moves) },
      { measure: 'save title sort: one-by-one plan', value: `${oneByOne} moves` },
      { measure: 'save title sort: time (no latency)', value: `${(saveMs / 1000).toFixed(1)} s` },
      {
        measure: 'save title sort: estimate at 100 ms latency',
        value: `${((moves * (perRequest + 100)) / 60_000).toFixed(1)} min`,
      },
    ];
  } finally {
    await context.close();
    await app.close();
  }
}
