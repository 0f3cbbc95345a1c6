import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';
import { ALL_APP_SCOPES } from '../emulator/control';
import { appUrl, emulatorUrl } from '../playwright.config';

/** A lane's emulator: its control surface (see emulator/README.md) and its Web API. */
export class EmulatorControl {
  constructor(readonly url: string) {}

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/__emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  /** A fresh library, player, faults and settings; who is signed in stays signed in. */
  reset = (library: 'demo' | 'empty' = 'demo') =>
    this.call('POST', 'reset', { library, keepSessions: true });
  faults = (patch: Record<string, unknown>) => this.call('PATCH', 'faults', patch);
  settings = (patch: Record<string, unknown>) => this.call('PATCH', 'settings', patch);
  requests = (path = '') =>
    this.call<
      { time: number; method: string; path: string; query: string; status: number; body?: string }[]
    >('GET', `requests?path=${encodeURIComponent(path)}`);
  /**
   * A change made elsewhere (another app, another device): a Web API request as the demo
   * listener, with a token of its own. Fails unless Spotify says 2xx.
   */
  async webApi(method: string, path: string, body: unknown): Promise<void> {
    const { access_token } = await this.call<{ access_token: string }>('POST', 'tokens', {
      scopes: ALL_APP_SCOPES,
    });
    const response = await fetch(`${this.url}/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`Web API ${method} ${path}: ${response.status} ${await response.text()}`);
  }
  /** The URIs in the (first) playlist with this name. */
  playlist = async (name: string) =>
    (
      await this.call<
        {
          id: string;
          name: string;
          snapshotId: string;
          uris: string[];
          addedAt: (string | null)[];
          titles: (string | null)[];
        }[]
      >('GET', `playlists?name=${encodeURIComponent(name)}`)
    )[0]!;
}

export type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/** A browser with no session: the journeys about logging in start here. */
export const SIGNED_OUT: StorageState = { cookies: [], origins: [] };

export const test = base.extend<
  { emulator: EmulatorControl; cspViolations: string[] },
  { lane: number; demoSession: StorageState }
>({
  // A worker's lane (playwright.config.ts): its own emulator and build of the app.
  lane: [async ({}, use, workerInfo) => use(workerInfo.parallelIndex), { scope: 'worker' }],
  baseURL: async ({ lane }, use) => use(appUrl(lane)),
  // The production build carries its Content Security Policy: anything a journey does that
  // the policy refuses (Chromium reports each on the console) fails the journey.
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy'))
          violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  // Every journey starts from the seeded demo library with no faults, nothing playing and
  // no active device, whether or not it asks for the emulator (auto).
  emulator: [
    async ({ lane }, use) => {
      const emulator = new EmulatorControl(emulatorUrl(lane));
      await emulator.reset();
      await emulator.call('DELETE', 'requests');
      await use(emulator);
    },
    { auto: true },
  ],
  // Each worker logs in once, through the real login and consent pages, and every journey
  // starts as that person coming back: signed in, nothing else stored (the query cache is
  // in IndexedDB, which is not carried). Logging in took about 2.5 s of each journey; the
  // journeys about logging in opt out with test.use({ storageState: SIGNED_OUT }).
  demoSession: [
    async ({ browser, lane }, use) => {
      await new EmulatorControl(emulatorUrl(lane)).reset();
      const context = await browser.newContext({ baseURL: appUrl(lane) });
      await loginAsDemo(await context.newPage());
      const state = await context.storageState();
      await context.close();
      await use(state);
    },
    { scope: 'worker' },
  ],
  storageState: async ({ demoSession }, use) => use(demoSession),
});

/**
 * Waits for the signed-in app's frame. A cold load of the production build (the signed-in
 * layout is its own chunk) can take more than the 5 s a reaction gets when the machine is busy.
 */
function expectSignedInFrame(page: Page) {
  return expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
}

/** Opens the app at this path as the person already signed in (demoSession). */
export async function openSignedIn(page: Page, path = '/') {
  await page.goto(path);
  await expectSignedInFrame(page);
}

/** Logs in through the real login page and the emulator's consent page. */
export async function loginAsDemo(page: Page, path = '/login') {
  await page.goto(path);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(
    page.getByRole('heading', { name: /wants to connect to your Spotify account/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expectSignedInFrame(page);
}

/** Opens a playlist from the list of playlists; returns its header. */
export async function openPlaylist(page: Page, name: string) {
  await page
    .getByRole('list', { name: 'Your playlists' })
    .getByRole('link', { name, exact: true })
    .click();
  const header = page.locator('header.playlist-header');
  await expect(header.getByRole('heading', { level: 1, name })).toBeVisible();
  return header;
}

/** Opens a playlist and waits until every item has loaded, so it can be edited. */
export async function openForEditing(page: Page, name: string) {
  const header = await openPlaylist(page, name);
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
  return header;
}

export { expect };
