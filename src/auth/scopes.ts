/** Only the scopes the app's features use, each with why it is asked for. */
export const APP_SCOPES = [
  { scope: 'playlist-read-private', why: 'list your playlists and read their items' },
  { scope: 'playlist-read-collaborative', why: 'include collaborative playlists' },
  {
    scope: 'playlist-modify-public',
    why: 'edit your public playlists and remove playlists from your library',
  },
  { scope: 'playlist-modify-private', why: 'create and edit private playlists' },
  { scope: 'ugc-image-upload', why: 'upload playlist covers' },
  { scope: 'user-read-playback-state', why: 'show what is playing and on which device' },
  { scope: 'user-modify-playback-state', why: 'play, pause, skip, seek and change devices' },
  { scope: 'user-read-currently-playing', why: 'show the queue' },
  { scope: 'user-read-recently-played', why: 'show what you played recently' },
  { scope: 'user-library-read', why: 'show your Liked Songs and which songs you have liked' },
  { scope: 'user-library-modify', why: 'like and unlike songs and episodes, save albums' },
  { scope: 'user-read-playback-position', why: 'show the podcast episodes you saved' },
  { scope: 'user-follow-read', why: 'show which artists you follow' },
  { scope: 'user-follow-modify', why: 'follow and unfollow artists' },
  {
    scope: 'streaming',
    why: 'play in this browser, without another Spotify app open (needs Premium)',
  },
] as const;

/** Whether a session's grant covers `scope` (sessions from before a scope was added lack it). */
export function hasScope(granted: readonly string[], scope: (typeof APP_SCOPES)[number]['scope']) {
  return granted.includes(scope);
}

export const SCOPE_STRING = APP_SCOPES.map((s) => s.scope).join(' ');
