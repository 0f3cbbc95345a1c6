/**
 * The typed Web API client (openapi-fetch over the generated paths), one per backend.
 * Its fetch is spotifyFetch, so every call gets auth, rate limiting and typed errors;
 * a call that returns has a 2xx answer.
 */
import createClient, { type Client } from 'openapi-fetch';
import { backendUrls, type BackendId } from '../auth/backends';
import { SessionEndedError } from '../auth/refresh';
import { getSession } from '../auth/token-store';
import type { paths } from './spotify-schema';
import { spotifyFetch } from './spotify-fetch';

export type SpotifyClient = Client<paths>;

const clients = new Map<BackendId, SpotifyClient>();

export function clientFor(backend: BackendId): SpotifyClient {
  let client = clients.get(backend);
  if (!client) {
    // spotifyFetch reads globalThis.fetch on every call, so request mocking in tests sees it.
    client = createClient<paths>({
      baseUrl: `${backendUrls(backend).api}/v1`,
      fetch: spotifyFetch,
    });
    clients.set(backend, client);
  }
  return client;
}

/** The client for the signed-in session's backend. */
export function spotify(): SpotifyClient {
  const session = getSession();
  if (!session) throw new SessionEndedError();
  return clientFor(session.backend);
}
