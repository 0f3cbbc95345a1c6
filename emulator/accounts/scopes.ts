/** Spotify's scopes, each with the plain words the consent page shows. */
export const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'ugc-image-upload': 'Upload images to personalise your playlists',
  'user-read-playback-state': 'See what is playing and on which of your devices',
  'user-modify-playback-state': 'Control playback on your Spotify clients and Connect devices',
  'user-read-currently-playing': 'See what you are currently listening to',
  'app-remote-control': 'Control the Spotify app on your phone',
  streaming: 'Play content in this app',
  'playlist-read-private': 'See your private playlists',
  'playlist-read-collaborative': 'See your collaborative playlists',
  'playlist-modify-private': 'Create and change your private playlists',
  'playlist-modify-public': 'Create and change your public playlists',
  'user-follow-modify': 'Follow and unfollow artists and users',
  'user-follow-read': 'See which artists and users you follow',
  'user-read-playback-position': 'See where you stopped in episodes',
  'user-top-read': 'See your top artists and content',
  'user-read-recently-played': 'See what you played recently',
  'user-library-modify': 'Save and remove items in Your Library',
  'user-library-read': 'See what you saved in Your Library',
  'user-read-email': 'See your email address',
  'user-read-private': 'See your subscription details',
  'user-personalized': 'Get personalised content',
};

export function isKnownScope(scope: string): boolean {
  return Object.hasOwn(SCOPE_DESCRIPTIONS, scope);
}
