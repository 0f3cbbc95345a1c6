/**
 * What the benchmarks share: an emulator and a production build of the app served on
 * 127.0.0.1, a headless Chromium, and a demo login. Everything stops when the run ends.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { createEmulator, type Emulator } from '../../emulator/index';
import { startEmulatorServer } from '../../emulator/start-server';
import { chromiumArgs, findChromium } from '../browser';

export const BENCH_EMULATOR_PORT = 8790;
export const BENCH_APP_PORT = 4190;

export async function startEmulator() {
  const emulator = createEmulator();
  const server = await startEmulatorServer(emulator, BENCH_EMULATOR_PORT);
  return { emulator, ...server };
}

/** Builds the app against the bench emulator (with extra VITE_* settings) and serves it. */
export async function serveApp(
  name: string,
  env: Record<string, string> = {},
): Promise<PreviewServer & { url: string }> {
  Object.assign(process.env, {
    VITE_EMULATOR_URL: `http://127.0.0.1:${BENCH_EMULATOR_PORT}`,
    ...env,
  });
  const outDir = `dist-bench/${name}`;
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  for (const key of Object.keys(env)) delete process.env[key];
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: BENCH_APP_PORT, strictPort: true, host: '127.0.0.1' },
  });
  return Object.assign(server, { url: `http://127.0.0.1:${BENCH_APP_PORT}` });
}

export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.',
    );
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

export async function loginAsDemo(page: Page, appUrl: string) {
  await page.goto(`${appUrl}/login`);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Counts the grid's rendered rows on every DOM change, from the first paint on. */
export async function countRows(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { maxRows: number };
    w.maxRows = 0;
    new MutationObserver(() => {
      w.maxRows = Math.max(
        w.maxRows,
        document.querySelectorAll('[role=grid] [role=row]').length - 1,
      );
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The most grid rows in the DOM at once since countRows. */
export function maxRows(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { maxRows: number }).maxRows);
}

/** What a bench's page says on its console when the 10,000-item list is complete. */
export const ALL_ROWS_SAID = 'bench: all 10,000 items on screen';

/**
 * Resolves when the page says `message` on its console; set it up before navigating. Timed
 * benches wait this way rather than polling the page (waitForFunction): Playwright's first
 * call into a new document injects its own script there (a main-thread task of up to 80 ms
 * in a trace here), and polling put that task in the middle of the app's start.
 */
export function whenPageSays(page: Page, message: string, timeout = 120_000) {
  return page.waitForEvent('console', { predicate: (said) => said.text() === message, timeout });
}

export function playlistId(emulator: Emulator, name: string): string {
  for (const p of emulator.store.playlists.values()) if (p.name === name) return p.id;
  throw new Error(`no playlist ${name}`);
}

/** How many times the load benches measure each figure (BENCH_RUNS, default 3). */
export const BENCH_RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The middle value (of an even count, the upper of the two). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * The app and its floor, `runs` times each, alternating which goes first: whichever ran
 * second on a warm machine (JIT, disk cache, CPU clock) would otherwise always gain.
 */
export async function alternating<A, F>(
  runs: number,
  app: () => Promise<A>,
  floor: () => Promise<F>,
): Promise<{ apps: A[]; floors: F[] }> {
  const apps: A[] = [];
  const floors: F[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) apps.push(await app());
    floors.push(await floor());
    if (run % 2 === 1) apps.push(await app());
  }
  return { apps, floors };
}

export function table(rows: object[]) {
  console.table(rows);
}

/** Every target missed in this run, for `npm run bench -- --check`. */
export const misses: string[] = [];

/** Notes a figure's misses against its targets (none: it passed). */
export function recordVerdict(what: string, missed: string[]) {
  for (const miss of missed) misses.push(`${what}: ${miss}`);
}

/** "pass" or "miss", recorded for --check. */
export function verdict(what: string, value: number, target: number, atMost = true): string {
  const passed = atMost ? value <= target : value >= target;
  if (!passed) recordVerdict(what, [`${value} ${atMost ? '>' : '<'} ${target}`]);
  return passed ? 'pass' : 'miss';
}
