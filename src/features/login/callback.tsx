import { Link, replace, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { completeLogin, type CallbackResult } from '../../auth/login';

/**
 * Finishes the login in a loader, which runs once per navigation (React StrictMode
 * double-runs effects, not loaders). Success replaces /callback?code=... in history with
 * the saved return path; otherwise the address bar is cleaned before the message shows.
 */
export async function callbackLoader({ request }: LoaderFunctionArgs) {
  const result = await completeLogin(new URL(request.url).searchParams);
  if (result.kind === 'signed-in') return replace(result.returnTo);
  window.history.replaceState(window.history.state, '', '/callback');
  return result;
}

export function CallbackPage() {
  const result = useLoaderData<Exclude<CallbackResult, { kind: 'signed-in' }>>();
  const cancelled = result.kind === 'cancelled';
  return (
    <main className="page page--narrow" id="main">
      <title>{cancelled ? 'Login cancelled' : 'Login failed'} · Spotify Library Manager</title>
      <h1>{cancelled ? 'Login cancelled' : 'Login failed'}</h1>
      <p role={cancelled ? 'status' : 'alert'}>
        {cancelled
          ? 'You chose not to connect your Spotify account. Nothing was shared.'
          : result.message}
      </p>
      <p>
        <Link to="/login">Back to log in</Link>
      </p>
    </main>
  );
}
