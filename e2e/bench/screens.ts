/**
 * npm run screens: every page, menu and dialog at 390, 768, 1280 and 1920 px, in the dark
 * and the light theme, against a fresh emulator. Each screen is saved to
 * reports/tour/<screen>-<width>-<theme>.png for people to look at (not test-results/,
 * which every Playwright run empties), scanned with axe (target size included) and
 * checked for sideways scroll. Prints one line per screen and exits non-zero when one
 * fails. Not part of npm test (about twelve minutes); the journeys check their own
 * screens at each size.
 * WIDTHS=390,1280 SCHEMES=dark ONLY=playlist,merge narrow a run.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { launchChromium, loginAsDemo, playlistId, serveApp, startEmulator } from './harness';

interface Screen {
  name: string;
  path: string;
  /** Opens the menu or dialog this screen is about; resolves once it shows. */
  open?: (page: Page) => Promise<void>;
}

const dialog = (page: Page) => page.getByRole('dialog').first().waitFor();
const row = (page: Page, position: number) =>
  page.locator(`[role="row"][aria-rowindex="${position + 1}"]`);

/** The button where there is room for it, else the same action in its More menu. */
async function choose(page: Page, scope: Locator, name: string, more: string) {
  const button = scope.getByRole('button', { name, exact: true });
  if (await button.isVisible()) await button.click();
  else {
    await scope.getByRole('button', { name: more }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  }
}

const { emulator, close } = await startEmulator();
const app = await serveApp('screens');
const browser = await launchChromium();
const road = `/playlists/${playlistId(emulator, 'Road Trip')}`;
const main = (page: Page) => page.getByRole('main');
// Road Trip's first song's album and first artist: pages a person reaches from that row.
const firstSong = emulator.store.tracks.get(
  emulator.store.playlists.get(playlistId(emulator, 'Road Trip'))!.entries[0]!.uri.split(':')[2]!,
)!;

const screens: Screen[] = [
  { name: 'playlists', path: '/playlists' },
  { name: 'playlist', path: road },
  { name: 'liked', path: '/liked' },
  { name: 'profile', path: '/profile' },
  { name: 'recent', path: '/recently-played' },
  { name: 'not-found', path: '/no-such-page' },
  { name: 'artist', path: `/artist/${firstSong.artistIds[0]}` },
  { name: 'album', path: `/album/${firstSong.albumId}` },
  { name: 'search', path: '/search?q=the' },
  {
    name: 'row-menu',
    path: road,
    open: (page) =>
      row(page, 2)
        .getByRole('button', { name: /^More for / })
        .click(),
  },
  {
    name: 'add-to-playlist',
    path: road,
    open: async (page) => {
      await row(page, 2)
        .getByRole('button', { name: /^More for / })
        .click();
      await page.getByRole('menuitem', { name: 'Add to playlist…' }).click();
      await dialog(page);
    },
  },
  {
    name: 'add-panel',
    path: road,
    open: async (page) => {
      await main(page).getByRole('button', { name: /^Add/ }).first().click();
      await page.getByRole('searchbox').last().fill('the');
    },
  },
  {
    name: 'edit-details',
    path: road,
    open: async (page) => {
      await choose(page, main(page), 'Edit details', 'More for Road Trip');
      await dialog(page);
    },
  },
  {
    name: 'remove-playlist',
    path: road,
    open: async (page) => {
      await main(page).getByRole('button', { name: 'More for Road Trip' }).click();
      await page.getByRole('menuitem', { name: 'Remove from Your Library' }).click();
      await dialog(page);
    },
  },
  {
    name: 'export-menu',
    path: road,
    open: (page) => choose(page, main(page), 'Export Road Trip', 'More for Road Trip'),
  },
  {
    name: 'find-duplicates',
    path: road,
    open: async (page) => {
      await choose(page, main(page), 'Find duplicates…', 'Playlist tools');
      await dialog(page);
    },
  },
  {
    name: 'new-playlist',
    path: '/playlists',
    open: async (page) => {
      await main(page).getByRole('button', { name: 'New playlist' }).click();
      await dialog(page);
    },
  },
  {
    name: 'merge',
    path: '/playlists',
    open: async (page) => {
      await choose(page, main(page), 'Merge playlists…', 'More playlist actions');
      const merge = page.getByRole('dialog');
      await merge.getByRole('checkbox', { name: 'Band Practice' }).check();
      await merge.getByRole('checkbox', { name: 'Road Trip' }).check();
    },
  },
  {
    name: 'import',
    path: '/playlists',
    open: async (page) => {
      await choose(page, main(page), 'Import from CSV…', 'More playlist actions');
      await dialog(page);
    },
  },
  {
    name: 'restore',
    path: '/playlists',
    open: async (page) => {
      await choose(page, main(page), 'Restore from backup…', 'More playlist actions');
      await dialog(page);
    },
  },
  {
    name: 'device-chooser',
    path: road,
    open: async (page) => {
      // This browser can play, so Play asks where only when it cannot.
      emulator.store.settings.webPlaybackDrm = false;
      await page.reload();
      await main(page).getByRole('button', { name: 'Play', exact: true }).first().click();
      await dialog(page);
      emulator.store.settings.webPlaybackDrm = true;
    },
  },
  {
    name: 'player-open',
    path: road,
    open: async (page) => {
      // The expanded player on phones, the queue beside the page on wider screens.
      const expand = page.getByRole('button', { name: 'Expand player' });
      if (await expand.isVisible()) await expand.click();
      else await page.getByRole('button', { name: 'Queue', exact: true }).click();
    },
  },
];

const widths = (process.env.WIDTHS ?? '390,768,1280,1920').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'dark,light').split(',') as ('dark' | 'light')[];
const only = process.env.ONLY?.split(',');
const heights: Record<number, number> = { 390: 844, 768: 1024, 1280: 720, 1920: 1080 };
let failures = 0;
try {
  for (const width of widths)
    for (const colorScheme of schemes) {
      const touch = width < 1024;
      const context = await browser.newContext({
        viewport: { width, height: heights[width] ?? 900 },
        colorScheme,
        isMobile: touch,
        hasTouch: touch,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await loginAsDemo(page, app.url);
      for (const screen of screens) {
        if (only && !only.includes(screen.name)) continue;
        const label = `${screen.name} ${width} ${colorScheme}`;
        try {
          await page.goto(app.url + screen.path);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          // Lists and covers settle (rows, art) before the picture is taken.
          await page.waitForLoadState('networkidle');
          await screen.open?.(page);
          await page.waitForTimeout(300);
          await page.screenshot({
            path: `reports/tour/${screen.name}-${width}-${colorScheme}.png`,
          });
          const sideways = await page.evaluate(
            () => document.documentElement.scrollWidth > window.innerWidth,
          );
          await expectNoAxeViolations(page, { targetSize: true, withLibrary: true });
          if (sideways) throw new Error('scrolls sideways');
          process.stdout.write(`ok    ${label}\n`);
        } catch (error) {
          failures++;
          process.stdout.write(
            `FAIL  ${label}: ${String(error).split('\n').slice(0, 12).join(' ')}\n`,
          );
        }
      }
      await context.close();
    }
} finally {
  await browser.close();
  await app.close();
  await close();
}
process.stdout.write(`${failures ? `${failures} screens failed` : 'every screen passed'}\n`);
process.exitCode = failures ? 1 : 0;
