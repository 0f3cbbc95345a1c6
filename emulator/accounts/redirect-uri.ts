import type { ClientRecord } from '../store';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]']);

/**
 * Spotify's redirect URI rule (docs/spotify-api.md#redirect-uris): an exact match with a registered URI, except that a
 * loopback IP literal registered without a port accepts any port. `localhost` never matches.
 */
export function isRegisteredRedirectUri(client: ClientRecord, candidate: string): boolean {
  let requested: URL;
  try {
    requested = new URL(candidate);
  } catch {
    return false;
  }
  return client.redirectUris.some((registered) => {
    if (registered === candidate) return true;
    const reg = new URL(registered);
    if (!LOOPBACK_HOSTS.has(reg.hostname) || reg.port !== '') return false;
    return (
      requested.protocol === reg.protocol &&
      requested.hostname === reg.hostname &&
      requested.pathname === reg.pathname &&
      requested.search === reg.search &&
      requested.hash === '' &&
      `${requested.protocol}//${requested.host}${requested.pathname}${requested.search}` ===
        candidate
    );
  });
}
