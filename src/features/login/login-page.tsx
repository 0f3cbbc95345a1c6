import { useId, useState } from 'react';
import { useLoaderData } from 'react-router';
import {
  emulatorUrl,
  isValidClientId,
  redirectUri,
  rememberSpotifyClientId,
  type BackendId,
} from '../../auth/backends';
import { beginLogin, moveOffLocalhost } from '../../auth/login';
import { APP_SCOPES } from '../../auth/scopes';
import type { LoginLoaderData } from './login-loader';
import './login-page.css';

const SIGN_OUT_MESSAGES = {
  logout: 'You have logged out.',
  expired:
    'Your Spotify session expired (Spotify ends sessions 6 months after you allow an app). Log in again to continue.',
  revoked:
    'Spotify ended your session (access for this app was removed or renewed elsewhere). Log in again to continue.',
} as const;

async function demoClientId(): Promise<string> {
  const response = await fetch(`${emulatorUrl()}/__emulator/info`);
  const info = (await response.json()) as { clientId?: unknown };
  if (typeof info.clientId !== 'string')
    throw new Error('The demo backend did not say its client ID.');
  return info.clientId;
}

export function LoginPage() {
  const {
    from,
    signOutReason,
    demoAvailable,
    clientId: savedClientId,
  } = useLoaderData<LoginLoaderData>();
  const [clientId, setClientId] = useState(savedClientId);
  const [clientIdError, setClientIdError] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, setStarting] = useState<BackendId | null>(null);
  const clientIdFieldId = useId();
  const clientIdHintId = useId();
  const clientIdErrorId = useId();

  const start = async (backend: BackendId) => {
    setStartError(null);
    if (moveOffLocalhost()) return;
    setStarting(backend);
    try {
      const id = backend === 'demo' ? await demoClientId() : clientId.trim();
      const url = await beginLogin({ backend, clientId: id, returnTo: from });
      window.location.assign(url);
    } catch {
      setStarting(null);
      setStartError(
        backend === 'demo'
          ? 'The demo backend is not answering. Start it with `npm start` and try again.'
          : 'The login could not be started. Try again.',
      );
    }
  };

  const onSpotifySubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const id = clientId.trim();
    if (!isValidClientId(id)) {
      setClientIdError(
        'A Spotify client ID is 32 characters of 0-9 and a-f. Copy it from your app in the Spotify dashboard.',
      );
      return;
    }
    setClientIdError(null);
    rememberSpotifyClientId(id);
    void start('spotify');
  };

  return (
    <main className="page page--narrow" id="main">
      <title>Log in · Spotify Library Manager</title>
      <h1>Log in</h1>
      <p>See your profile, manage your playlists and control playback on your Spotify devices.</p>
      {signOutReason && (
        <p className="notice" role="status">
          {SIGN_OUT_MESSAGES[signOutReason]}
        </p>
      )}
      {startError && (
        <p className="form-error" role="alert">
          {startError}
        </p>
      )}

      {demoAvailable && (
        <section className="card" aria-labelledby="demo-heading">
          <h2 id="demo-heading">Try it without a Spotify account</h2>
          <p>The demo uses a local Spotify emulator with a made-up library, devices and player.</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void start('demo')}
            disabled={starting !== null}
          >
            Try the demo
          </button>
        </section>
      )}

      <section className="card" aria-labelledby="spotify-heading">
        <h2 id="spotify-heading">Use your Spotify account</h2>
        <form onSubmit={onSpotifySubmit} noValidate>
          <label htmlFor={clientIdFieldId}>Spotify client ID</label>
          <input
            id={clientIdFieldId}
            className="text-input"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${clientIdHintId}${clientIdError ? ` ${clientIdErrorId}` : ''}`}
            aria-invalid={clientIdError ? true : undefined}
          />
          <p id={clientIdHintId} className="muted">
            Remembered in this browser.
          </p>
          {clientIdError && (
            <p id={clientIdErrorId} className="form-error">
              {clientIdError}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={starting !== null}>
            Log in with Spotify
          </button>
        </form>

        <h3>Set up your own Spotify app (once)</h3>
        <ol>
          <li>
            Open the{' '}
            <a href="https://developer.spotify.com/dashboard">Spotify developer dashboard</a> and
            create an app using the Web API.
          </li>
          <li>
            Add this redirect URI exactly: <code>{redirectUri()}</code>
          </li>
          <li>Copy the app&apos;s client ID into the field above.</li>
        </ol>
        <p className="muted">
          New apps run in Development Mode: the app&apos;s owner needs Spotify Premium, and at most
          5 people you add under &ldquo;User Management&rdquo; can log in, so each person may prefer
          their own client ID.
        </p>

        <h3 id="scopes-heading">What the app asks Spotify for</h3>
        <ul className="scope-list" aria-labelledby="scopes-heading">
          {APP_SCOPES.map(({ scope, why }) => (
            <li key={scope}>
              <code>{scope}</code>: {why}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
