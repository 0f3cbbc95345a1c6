import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { beginLogin } from '../../auth/login';
import { getSession } from '../../auth/token-store';
import { renderApp } from '../../testing/render-app';
import { mswServer, TEST_EMULATOR_ORIGIN, testEmulator } from '../../testing/test-emulator';

const DEMO_CLIENT = '5f1e7c0d9a2b4c6e8f0a1b2c3d4e5f60';

/** Press "Agree" (or "Cancel") on the emulator's consent page for this authorize URL. */
async function consent(authorizeUrl: string, decision: 'allow' | 'deny' = 'allow') {
  const params = new URL(authorizeUrl).searchParams;
  params.set('decision', decision);
  // Straight to the emulator (as the consent page's form post would go), not through fetch,
  // whose redirect handling would try to follow the 302 to the app.
  const response = await testEmulator().fetch(
    new Request(`${TEST_EMULATOR_ORIGIN}/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: params.toString(),
    }),
  );
  const location = new URL(response.headers.get('location')!);
  return `${location.pathname}${location.search}`;
}

const tokenRequests = () =>
  testEmulator().store.requestLog.filter((r) => r.path === '/api/token').length;

describe('login page', () => {
  it('sends signed-out visitors to the login page and remembers where they were going', async () => {
    const { router } = renderApp('/profile?tab=x');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?from=${encodeURIComponent('/profile?tab=x')}`);
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in with Spotify' })).toBeInTheDocument();
    expect(screen.getByText('http://127.0.0.1:5173/callback')).toBeInTheDocument();
    const scopes = screen.getByRole('list', { name: 'What the app asks Spotify for' });
    expect(within(scopes).getByText('playlist-read-private')).toBeInTheDocument();
  });

  it('explains a bad client ID and keeps a good one for next time', async () => {
    const { user } = renderApp('/login');
    const field = await screen.findByLabelText('Spotify client ID');
    await user.type(field, 'not-an-id');
    await user.click(screen.getByRole('button', { name: 'Log in with Spotify' }));
    expect(screen.getByText(/32 characters of 0-9 and a-f/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(localStorage.getItem('slm.spotifyClientId')).toBeNull();

    await user.clear(field);
    await user.type(field, 'ABCDEF0123456789abcdef0123456789');
    await user.click(screen.getByRole('button', { name: 'Log in with Spotify' }));
    await waitFor(() =>
      expect(localStorage.getItem('slm.spotifyClientId')).toBe('ABCDEF0123456789abcdef0123456789'),
    );
    // The login started: its transaction waits under its state, for Spotify itself.
    await waitFor(() =>
      expect(Object.keys(localStorage).filter((k) => k.startsWith('slm.login.'))).toHaveLength(1),
    );
    const key = Object.keys(localStorage).find((k) => k.startsWith('slm.login.'))!;
    expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({
      backend: 'spotify',
      clientId: 'ABCDEF0123456789abcdef0123456789',
    });
  });
});

describe('login with PKCE through the emulator', () => {
  beforeEach(() => {
    testEmulator();
  });

  it('builds the authorize URL with S256, the app scopes and a stored transaction', async () => {
    const url = new URL(
      await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT, returnTo: '/profile' }),
    );
    expect(url.origin + url.pathname).toBe(`${TEST_EMULATOR_ORIGIN}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: DEMO_CLIENT,
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:5173/callback',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('scope')).toContain('playlist-modify-private');
    const state = url.searchParams.get('state')!;
    expect(JSON.parse(localStorage.getItem(`slm.login.${state}`)!)).toMatchObject({
      backend: 'demo',
      returnTo: '/profile',
    });
  });

  it('exchanges the code once (StrictMode), stores the session and returns to the saved path', async () => {
    const callback = await consent(
      await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT, returnTo: '/recently-played' }),
    );
    const { router } = renderApp(callback);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recently played' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/recently-played');
    expect(router.state.location.search).toBe('');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(tokenRequests()).toBe(1);
    const session = getSession()!;
    expect(session).toMatchObject({ backend: 'demo', clientId: DEMO_CLIENT });
    expect(session.scopes).toContain('user-read-recently-played');
    expect(document.body.innerHTML).not.toContain(session.accessToken);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('slm.login.'))).toEqual([]);
  });

  it('shows "Login cancelled" with a way back after Cancel', async () => {
    const callback = await consent(
      await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT }),
      'deny',
    );
    const { user, router } = renderApp(callback);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Login cancelled' }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('');
    expect(tokenRequests()).toBe(0);
    await user.click(screen.getByRole('link', { name: 'Back to log in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it.each([
    ['a tampered state', (cb: string) => cb.replace(/state=[^&]+/, 'state=forged')],
    ['a missing state', (cb: string) => cb.replace(/&?state=[^&]+/, '')],
    ['a duplicated code', (cb: string) => `${cb}&code=another`],
  ])('rejects %s without asking for tokens', async (_label, tamper) => {
    const callback = await consent(await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT }));
    renderApp(tamper(callback));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Login failed' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/log in again/i);
    expect(tokenRequests()).toBe(0);
    expect(getSession()).toBeNull();
  });

  it('rejects a login older than 10 minutes without asking for tokens', async () => {
    const url = await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT });
    const state = new URL(url).searchParams.get('state')!;
    const key = `slm.login.${state}`;
    const transaction = JSON.parse(localStorage.getItem(key)!) as { createdAt: number };
    localStorage.setItem(
      key,
      JSON.stringify({ ...transaction, createdAt: Date.now() - 11 * 60_000 }),
    );
    renderApp(await consent(url));
    expect(await screen.findByRole('alert')).toHaveTextContent('unknown or has expired');
    expect(tokenRequests()).toBe(0);
  });

  it('reports a reused code and a wrong verifier as failed logins', async () => {
    const url = await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT });
    const callback = await consent(url);
    const { unmount } = renderApp(callback);
    await screen.findByRole('heading', { level: 1, name: 'Playlists' });
    unmount();

    // The same code again, under a new transaction: Spotify refuses it.
    const again = new URL(await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT }));
    const code = new URLSearchParams(callback.split('?')[1]).get('code')!;
    localStorage.removeItem('slm.session');
    renderApp(`/callback?code=${code}x&state=${again.searchParams.get('state')}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Spotify refused the login code (Invalid authorization code)',
    );
    expect(getSession()).toBeNull();
  });

  it('reports a verifier that does not match the challenge', async () => {
    const url = await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT });
    const state = new URL(url).searchParams.get('state')!;
    const key = `slm.login.${state}`;
    localStorage.setItem(
      key,
      JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), verifier: 'w'.repeat(43) }),
    );
    renderApp(await consent(url));
    expect(await screen.findByRole('alert')).toHaveTextContent('code_verifier was incorrect');
    expect(getSession()).toBeNull();
  });

  it('stores nothing when the token answer is malformed', async () => {
    mswServer.use(
      http.post(`${TEST_EMULATOR_ORIGIN}/api/token`, () =>
        HttpResponse.json({ access_token: 'abc', token_type: 'mac', expires_in: 3600 }),
      ),
    );
    renderApp(await consent(await beginLogin({ backend: 'demo', clientId: DEMO_CLIENT })));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be understood');
    expect(getSession()).toBeNull();
  });
});
