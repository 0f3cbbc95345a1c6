/**
 * Version history storage: 50 versions of the 10,000-item playlist written by the app's
 * own store in Chromium's IndexedDB (a page built from src/features/history, production
 * mode). Bytes stored, time to write, and the longest task while writing (target < 50 ms).
 */
import type { Browser } from '@playwright/test';
import { build, preview } from 'vite';
import { BENCH_APP_PORT } from './harness';

export interface HistoryFigures {
  versions: number;
  'entries stored': number;
  'data stored (MB, as JSON)': number;
  'disk use (MB, storage estimate)': number;
  'first write (ms)': number;
  'each next write, median (ms)': number;
  'tasks over 50 ms': number;
  'longest task (ms)': number;
  'read the oldest version (ms)': number;
}

export async function benchHistoryStorage(browser: Browser): Promise<HistoryFigures> {
  const root = 'e2e/bench/history-page';
  const outDir = '../../../dist-bench/history';
  await build({ root, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: BENCH_APP_PORT, strictPort: true, host: '127.0.0.1' },
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();

    await page.goto(`http://127.0.0.1:${BENCH_APP_PORT}/`);
    await page.waitForFunction(() => 'benchHistory' in window);
    const figures = await page.evaluate(() =>
      (window as unknown as { benchHistory: () => Promise<Record<string, number>> }).benchHistory(),
    );
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      versions: figures.versions!,
      'entries stored': figures.entriesStored!,
      'data stored (MB, as JSON)': round(figures.dataBytes! / 1_048_576),
      'disk use (MB, storage estimate)': round(figures.bytes! / 1_048_576),
      'first write (ms)': round(figures.firstWriteMs!),
      'each next write, median (ms)': round(figures.otherWritesMedianMs!),
      'tasks over 50 ms': figures.longTasks!,
      'longest task (ms)': round(figures.longestTaskMs!),
      'read the oldest version (ms)': round(figures.readOldestMs!),
    };
  } finally {
    await context.close();
    await server.close();
  }
}
