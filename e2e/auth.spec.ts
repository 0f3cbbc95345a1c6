import { expect, loginAsDemo, SIGNED_OUT, test } from './fixtures';

// These journeys are about logging in and out: each starts signed out.
test.use({ storageState: SIGNED_OUT });

test('logs in through the consent page and never shows a token', async ({ page, emulator }) => {
  const console: string[] = [];
  page.on('console', (message) => console.push(message.text()));
  await loginAsDemo(page, '/profile');
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('banner').getByText('Demo Listener')).toBeVisible();

  const session = await page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('slm.session') ?? '{}') as {
        accessToken: string;
        refreshToken: string;
      },
  );
  expect(session.accessToken).toMatch(/^BQ/);
  const html = await page.content();
  const history = await page.evaluate(() => window.history.length);
  for (const secret of [session.accessToken, session.refreshToken]) {
    expect(page.url()).not.toContain(secret);
    expect(html).not.toContain(secret);
    expect(console.join('\n')).not.toContain(secret);
  }
  expect(page.url()).not.toContain('code=');
  // Back does not lead to the used /callback?code=... entry.
  expect(history).toBeGreaterThan(0);
  await page.goBack();
  expect(page.url()).not.toContain('/callback');
  expect((await emulator.requests('/api/token')).length).toBe(1);
});

test('Cancel on the consent page shows "Login cancelled" with a way back', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Login cancelled' })).toBeVisible();
  expect(page.url()).toMatch(/\/callback$/);
  await page.getByRole('link', { name: 'Back to log in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
});

test('a tampered state is refused without a token request', async ({ page, emulator }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  // Someone swaps the state on the way back from Spotify.
  await page.route('**/authorize', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    const location = new URL(response.headers()['location']!);
    location.searchParams.set('state', 'forged');
    return route.fulfill({ status: 302, headers: { location: location.toString() } });
  });
  const agree = page.getByRole('button', { name: 'Agree' });
  await agree.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Login failed' })).toBeVisible();
  expect((await emulator.requests('/api/token')).length).toBe(0);
});

for (const rotation of [false, true]) {
  test(`two tabs with an expiring token refresh once (rotation ${rotation ? 'on' : 'off'})`, async ({
    page,
    context,
    emulator,
  }) => {
    await emulator.settings({ refreshRotation: rotation });
    await loginAsDemo(page);
    // Park this tab on a static file of the same origin (no app code runs, so no request
    // can start mid-navigation), then make the access token about to expire.
    await page.goto('/favicon.svg');
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('slm.session')!) as { expiresAt: number };
      localStorage.setItem(
        'slm.session',
        JSON.stringify({ ...session, expiresAt: Date.now() + 20_000 }),
      );
    });
    await emulator.call('DELETE', 'requests');
    const second = await context.newPage();
    await Promise.all([page.goto('/profile'), second.goto('/recently-played')]);
    await expect(page.getByRole('banner').getByText('Demo Listener')).toBeVisible();
    await expect(second.getByRole('banner').getByText('Demo Listener')).toBeVisible();
    const tokenRequests = await emulator.requests('/api/token');
    expect(tokenRequests.map((r) => r.status)).toEqual([200]);
  });
}

test('a revoked refresh token lands on the login page with a message', async ({
  page,
  emulator,
}) => {
  await loginAsDemo(page);
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('slm.session')!) as { expiresAt: number };
    localStorage.setItem('slm.session', JSON.stringify({ ...session, expiresAt: Date.now() - 1 }));
  });
  await emulator.call('POST', 'tokens/revoke');
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByText(/Spotify ended your session/)).toBeVisible();
});

test('a signed-out visitor logs in and comes back to the page asked for', async ({ page }) => {
  await page.goto('/recently-played');
  await expect(page).toHaveURL(/\/login\?from=%2Frecently-played$/);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(page).toHaveURL(/\/recently-played$/);
});

test('logging out in one tab signs out the other', async ({ page, context }) => {
  await loginAsDemo(page);
  const other = await context.newPage();
  await other.goto('/profile');
  await expect(other.getByRole('banner').getByText('Demo Listener')).toBeVisible();
  await page.getByRole('button', { name: 'Account: Demo Listener' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page.getByText('You have logged out.')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
});

test('a 429 storm pauses every request for Retry-After, then the page loads', async ({
  page,
  emulator,
}) => {
  await loginAsDemo(page);
  // The signed-in page goes first: its own polls must not meet the window (a page that
  // is leaving knows nothing of the next page's gate).
  await page.goto('about:blank');
  await emulator.faults({ rateLimit: { retryAfterSeconds: 2 } });
  const { now: setAt } = await emulator.call<{ now: number }>('GET', 'clock');
  await page.goto('/profile');
  await expect(page.getByRole('banner').getByText('Demo Listener')).toBeVisible({
    timeout: 10_000,
  });
  const after = (await emulator.requests('/v1/')).filter((r) => r.time >= setAt);
  const limited = after.filter((r) => r.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  // The window closed at the first request that met it (emulator/README.md).
  const closedAt = Math.min(...limited.map((r) => r.time));
  // Only the first wave met the closed window: no request was tried again inside it (no
  // burst of retries), however long the machine took to send that wave...
  const refused = limited.map((r) => `${r.method} ${r.path}?${r.query}`);
  expect(refused).toEqual([...new Set(refused)]);
  // ...and everything else waited until it reopened.
  for (const r of after.filter((r) => r.status === 200 || r.status === 304))
    expect(r.time - closedAt).toBeGreaterThanOrEqual(1900);
});
