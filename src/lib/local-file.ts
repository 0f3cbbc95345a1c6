/**
 * Local files are `spotify:local:{artist}:{album}:{title}:{seconds}`, each part
 * URL-encoded with `+` for spaces, missing parts empty (docs/spotify-api.md#ids-and-uris).
 */
export interface LocalFileTags {
  artist: string;
  album: string;
  title: string;
  durationMs: number | null;
}

export function isLocalUri(uri: string | null | undefined): boolean {
  return !!uri?.startsWith('spotify:local:');
}

const decode = (part: string | undefined) => {
  if (!part) return '';
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
};

export function parseLocalUri(uri: string): LocalFileTags | null {
  if (!isLocalUri(uri)) return null;
  const [artist, album, title, seconds] = uri.slice('spotify:local:'.length).split(':');
  const secs = Number(seconds);
  return {
    artist: decode(artist),
    album: decode(album),
    title: decode(title),
    durationMs: seconds && Number.isFinite(secs) ? secs * 1000 : null,
  };
}
