/**
 * Restoring the 10,000-item playlist from its JSON backup with 100 ms latency on every
 * request: requests and time, from pressing Restore to the report.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { loginAsDemo, playlistId, serveApp } from './harness';

const LATENCY_MS = 100;
const NAME = 'Ten Thousand Songs';

export interface RestoreFigures {
  'backup size (MB)': number;
  'export (ms, no latency)': number;
  requests: number;
  'restore (ms)': number;
  'items restored': number;
}

export async function benchRestore(browser: Browser, emulator: Emulator): Promise<RestoreFigures> {
  const app = await serveApp('restore');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await loginAsDemo(page, app.url);
    await page.goto(`${app.url}/playlists/${playlistId(emulator, NAME)}`);
    let started = Date.now();
    await page.getByRole('button', { name: `Export ${NAME}` }).click();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('menuitem', { name: /^JSON/ }).click();
    const file = await download;
    const path = await file.path();
    const exportMs = Date.now() - started;
    const size = (await readFile(path)).byteLength;

    await page.goto(`${app.url}/playlists`);
    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
    await dialog.getByLabel(/^Backup file/).setInputFiles(path);
    await dialog.getByRole('checkbox', { name: new RegExp(`^${NAME}`) }).waitFor();
    emulator.store.requestLog.length = 0;
    emulator.store.faults.latencyMs = LATENCY_MS;
    started = Date.now();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: `${NAME} restored` })
      .waitFor({ timeout: 300_000 });
    const restoreMs = Date.now() - started;
    emulator.store.faults.latencyMs = 0;
    const writes = emulator.store.requestLog.filter((r) => r.method === 'POST');
    const text = (await dialog.getByRole('status').textContent()) ?? '';
    return {
      'backup size (MB)': Math.round((size / 1_048_576) * 10) / 10,
      'export (ms, no latency)': exportMs,
      requests: writes.length,
      'restore (ms)': restoreMs,
      'items restored': Number(/restored: ([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? 0),
    };
  } finally {
    await context.close();
    await app.close();
  }
}
