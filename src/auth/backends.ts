/**
 * The two backends the app can talk to: Spotify itself, and the local emulator ("demo"),
 * offered only when the build was given an emulator URL (npm start does).
 */
export type BackendId = 'spotify' | 'demo';

export interface BackendUrls {
  accounts: string;
  api: string;
  /** The Web Playback SDK script, which makes this browser a Spotify Connect device. */
  webPlaybackSdk: string;
}

const SPOTIFY: BackendUrls = {
  accounts: 'https://accounts.spotify.com',
  api: 'https://api.spotify.com',
  webPlaybackSdk: 'https://sdk.scdn.co/spotify-player.js',
};

/** The emulator's origin, when this build has one. */
export function emulatorUrl(): string | undefined {
  const url = import.meta.env.VITE_EMULATOR_URL as string | undefined;
  return url ? url.replace(/\/$/, '') : undefined;
}

export function backendUrls(backend: BackendId): BackendUrls {
  if (backend === 'spotify') return SPOTIFY;
  const url = emulatorUrl();
  if (!url) throw new Error('This build has no demo backend.');
  // The emulator serves a stand-in for the SDK (emulator/web-playback/).
  return { accounts: url, api: url, webPlaybackSdk: `${url}/web-playback/spotify-player.js` };
}

/** The redirect URI to register: this origin's /callback (loopback IP, never localhost). */
export function redirectUri(): string {
  return `${window.location.origin}/callback`;
}

const CLIENT_ID_KEY = 'slm.spotifyClientId';

/** The user's own Spotify client ID: the build's, else the one typed on the login page. */
export function savedSpotifyClientId(): string {
  return (
    localStorage.getItem(CLIENT_ID_KEY) ??
    (import.meta.env.VITE_SPOTIFY_CLIENT_ID as string | undefined) ??
    ''
  );
}

export function rememberSpotifyClientId(clientId: string) {
  localStorage.setItem(CLIENT_ID_KEY, clientId);
}

export function isValidClientId(clientId: string): boolean {
  return /^[0-9a-f]{32}$/i.test(clientId);
}
