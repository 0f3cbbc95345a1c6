import { readFile, writeFile } from 'node:fs/promises';
import { appBuildDir } from '../playwright.config';
import { expect, openSignedIn, openPlaylist, test } from './fixtures';

test('offline: one notice, the page stays, editing waits with the reason, nothing unsent is shown, and all resumes', async ({
  page,
  context,
  emulator,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  const before = (await emulator.playlist('Road Trip')).uris;
  // The first rows (the list is virtualized: how many more are drawn depends on the layout).
  const titles = async () =>
    (await page.getByRole('grid').locator('.items-row__name').allTextContents()).slice(0, 5);
  const firstRow = page.getByRole('grid').locator('[role=row][aria-rowindex="2"]');
  await firstRow.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move down' }).click();
  await expect.poll(async () => (await emulator.playlist('Road Trip')).uris[0]).toBe(before[1]);
  const moved = await titles();

  await context.setOffline(true);
  await expect(page.getByText('You are offline.')).toBeVisible();
  // Editing controls stay in place, unavailable, and say why.
  const moveUp = page.getByRole('button', { name: 'Move up' });
  await expect(moveUp).toHaveAttribute('aria-disabled', 'true');
  await expect(moveUp).toHaveAccessibleDescription(/^You are offline/);
  await moveUp.click({ force: true });
  const add = page.getByRole('button', { name: 'Add songs or episodes' });
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  await expect(add).toHaveAccessibleDescription(/^You are offline/);
  await expect(page.getByRole('button', { name: 'Shuffle order' })).toBeDisabled();

  // A change that starts anyway (Undo) is refused unsent, and the list never shows it.
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  await page.keyboard.press('Control+z');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /^Undoing .*: You are offline, so nothing was changed\./ }),
  ).toBeVisible();
  await expect.poll(titles).toEqual(moved);
  expect(await titles()).toEqual(moved);
  expect((await emulator.playlist('Road Trip')).uris[0]).toBe(before[1]);

  await context.setOffline(false);
  await expect(page.getByText('You are offline.')).toBeHidden();
  await expect(moveUp).not.toHaveAttribute('aria-disabled', 'true');
  await moveUp.click();
  await expect.poll(async () => (await emulator.playlist('Road Trip')).uris).toEqual(before);
});

test('offline, a page not visited yet opens in the app, with the notice', async ({
  page,
  context,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Band Practice');
  // Once signed in and started (src/lib/after-start.ts), the app fetches every page's
  // code. Liked Songs' page (not liked-cache, which the heart loads) is among them;
  // importing it here waits until it has arrived with everything it imports.
  let liked: string | undefined;
  await expect
    .poll(
      async () =>
        (liked = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .find((name) => /\/assets\/liked-[\w-]{8}\.js$/.test(name)),
        )),
      { timeout: 15_000 },
    )
    .toBeTruthy();
  await page.evaluate((url) => import(url).then(() => undefined), liked!);
  await context.setOffline(true);
  await expect(page.getByText('You are offline.')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Liked Songs' })
    .click();
  await expect(page).toHaveURL(/\/liked$/);
  await expect(page.getByText('Loading Liked Songs…')).toBeVisible();
  await expect(page.getByText('You are offline.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Liked Songs' })).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('installable: a manifest with icons, a service worker that reopens the app offline without keeping Spotify’s answers, and a new version that waits for Reload', async ({
    page,
    context,
    lane,
  }) => {
    await openSignedIn(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(href!)).json()) as {
      name: string;
      display: string;
      icons: { sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Spotify Library Manager', display: 'standalone' });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    // The service worker takes this page over once it has every page's code.
    await expect
      .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
      .toBe(true);
    await openPlaylist(page, 'Band Practice');

    // Its code is read from the precache by the browser, without waking the worker for each
    // file (public/sw-static-routes.js): what a reopen waits for (issue 27).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Band Practice' })).toBeVisible();
    // Spotify's answers and images (other origins) go to the network without the worker
    // either: the route it matched, not the fetch handler, sent them there.
    const sources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => {
        const timing = entry as PerformanceResourceTiming & {
          workerMatchedSourceType?: string;
          workerFinalSourceType?: string;
        };
        return {
          own: new URL(entry.name).origin === location.origin,
          asset: new URL(entry.name).pathname.startsWith('/assets/'),
          matched: timing.workerMatchedSourceType,
          final: timing.workerFinalSourceType,
        };
      }),
    );
    const assets = sources.filter((source) => source.asset);
    expect(assets.length).toBeGreaterThan(5);
    expect(new Set(assets.map((source) => source.final))).toEqual(new Set(['cache']));
    const elsewhere = sources.filter((source) => !source.own);
    expect(elsewhere.length).toBeGreaterThan(2);
    expect(new Set(elsewhere.map((source) => source.matched))).toEqual(new Set(['network']));

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByText('You are offline.')).toBeVisible();
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(5);
    // Only the app's own files: no Web API answer, no cover image.
    expect(cached.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
    expect(cached.filter((url) => /\/v1\/|\/images\//.test(url))).toEqual([]);

    await context.setOffline(false);
    await expect(page.getByText('You are offline.')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Band Practice' })).toBeVisible();

    // A new version is deployed: its service worker lists a changed file. (Same length:
    // the preview server read each file's size when it started.)
    const sw = `${appBuildDir(lane)}/sw.js`;
    const deployed = await readFile(sw, 'utf8');
    const revised = deployed.replace(
      /revision:"([0-9a-f])/,
      (_, hex: string) => `revision:"${hex === '0' ? '1' : '0'}`,
    );
    expect(revised).not.toBe(deployed);
    await writeFile(sw, revised);
    try {
      await page.reload();
      const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
      await expect(prompt).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('heading', { level: 1, name: 'Band Practice' })).toBeVisible();
      // Reload reloads the page (the new version takes over first: on a busy machine that
      // can take seconds), and the new version asks nothing more.
      await Promise.all([
        page.waitForEvent('load', { timeout: 20_000 }),
        prompt.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await expect(page.getByRole('heading', { level: 1, name: 'Band Practice' })).toBeVisible();
      await expect(prompt).toBeHidden();
    } finally {
      await writeFile(sw, deployed);
    }
  });
});
