/**
 * What the Web API can add to a playlist: a catalogue track or episode, named by its URI
 * with a 22-character base62 id. Local files (`spotify:local:…`) and entries Spotify no
 * longer describes cannot be added (docs/spotify-api.md, "Local files"). The one rule for
 * every writer: the editor, Add to playlist, copy, merge, import and restore.
 */
const ADDABLE = /^spotify:(track|episode):[0-9A-Za-z]{22}$/;

export function isAddableUri(uri: string | null | undefined): uri is string {
  return !!uri && ADDABLE.test(uri);
}

/** A catalogue id (22 base62 characters), else null: only these go into our pages' paths. */
export function catalogId(value: unknown): string | null {
  return typeof value === 'string' && /^[0-9A-Za-z]{22}$/.test(value) ? value : null;
}

/**
 * The playlist a pasted link names: `spotify:playlist:ID`, the older
 * `spotify:user:NAME:playlist:ID`, or an open.spotify.com page (with a language segment
 * such as `/intl-de/`, and any `?si=` after it). Null for anything else.
 */
export function playlistIdFrom(text: string): string | null {
  const value = text.trim();
  const uri = /^spotify:(?:user:[^:\s]+:)?playlist:([0-9A-Za-z]{22})$/.exec(value);
  if (uri) return uri[1]!;
  try {
    const url = new URL(value);
    const page = /^\/(?:intl-[a-z-]+\/)?playlist\/([0-9A-Za-z]{22})\/?$/i.exec(url.pathname);
    return url.protocol === 'https:' && url.hostname === 'open.spotify.com' && page
      ? page[1]!
      : null;
  } catch {
    return null;
  }
}

/** The open.spotify.com page of a track or episode URI; null for anything else. */
export function spotifyWebUrl(uri: string | null | undefined): string | null {
  if (!isAddableUri(uri)) return null;
  const [, type, id] = uri.split(':');
  return `https://open.spotify.com/${type}/${id}`;
}

/** Spotify adds or removes at most 100 URIs per request (docs/spotify-api.md, "Playlist items"). */
export const MAX_URIS_PER_WRITE = 100;

/** `list` in runs of at most `size` (default: one write request's worth). */
export function batches<T>(list: readonly T[], size = MAX_URIS_PER_WRITE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
