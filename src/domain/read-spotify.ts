/**
 * Readers for Spotify's objects that the app shows as they come (profile, playlists):
 * a body is never trusted to match the spec. Each field is checked and anything of the
 * wrong type becomes a safe value (no name, no image, count 0), addresses are kept only
 * when they are http(s), and an object without its id is refused (`null`), so a
 * malformed body ends as a readable message or a plain value, never a crash.
 */
import type {
  CurrentUser,
  ExternalUrls,
  Image,
  Playlist,
  PlaylistOwner,
  SimplifiedPlaylist,
} from '../api/spotify-types';

type Fields = Record<string, unknown>;

export const asRecord = (value: unknown): Fields | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const whole = (value: unknown): number | null =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : null;

/** An address the page may load or link to: http(s) only, never `javascript:` or `data:`. */
export function safeUrl(value: unknown): string | null {
  const url = text(value);
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function readImages(value: unknown): Image[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const image = asRecord(entry);
    const url = safeUrl(image?.url);
    return url ? [{ url, width: whole(image?.width), height: whole(image?.height) }] : [];
  });
}

function readExternalUrls(value: unknown): ExternalUrls {
  const spotify = safeUrl(asRecord(value)?.spotify);
  return spotify ? { spotify } : {};
}

function readOwner(value: unknown): PlaylistOwner {
  const owner = asRecord(value);
  const id = text(owner?.id) ?? '';
  return {
    id,
    display_name: text(owner?.display_name),
    uri: text(owner?.uri) ?? `spotify:user:${id}`,
    external_urls: readExternalUrls(owner?.external_urls),
  };
}

/** The current user, or null when the body has no id. */
export function readCurrentUser(value: unknown): CurrentUser | null {
  const user = asRecord(value);
  const id = text(user?.id);
  if (!user || !id) return null;
  return {
    ...user,
    id,
    account_id: text(user.account_id) ?? id,
    display_name: text(user.display_name),
    images: readImages(user.images),
    external_urls: readExternalUrls(user.external_urls),
    href: text(user.href) ?? '',
    type: 'user',
    uri: text(user.uri) ?? `spotify:user:${id}`,
  };
}

/** A playlist as listed (or the list fields of a full one), or null without id. */
export function readPlaylist(value: unknown): SimplifiedPlaylist | null {
  const playlist = asRecord(value);
  const id = text(playlist?.id);
  if (!playlist || !id) return null;
  const items = asRecord(playlist.items);
  const total = whole(items?.total);
  return {
    ...playlist,
    id,
    name: text(playlist.name) ?? '',
    description: text(playlist.description),
    collaborative: playlist.collaborative === true,
    public: typeof playlist.public === 'boolean' ? playlist.public : null,
    images: readImages(playlist.images),
    owner: readOwner(playlist.owner),
    external_urls: readExternalUrls(playlist.external_urls),
    href: text(playlist.href) ?? '',
    snapshot_id: text(playlist.snapshot_id) ?? '',
    type: 'playlist',
    uri: text(playlist.uri) ?? `spotify:playlist:${id}`,
    // Missing on playlists the user does not own; a total that is not a count is unknown.
    items: total === null ? undefined : { href: text(items?.href) ?? '', total },
  };
}

/**
 * One playlist in full, or null without id or snapshot. Its first page of items is kept
 * (rows are read one by one later); a paging without a count is refused.
 */
export function readFullPlaylist(value: unknown): Playlist | null {
  const playlist = readPlaylist(value);
  if (!playlist?.snapshot_id) return null;
  const paging = asRecord(asRecord(value)!.items);
  // No items: Spotify shares them with the owner and collaborators only.
  if (!paging) return { ...playlist, items: undefined };
  if (!playlist.items) return null;
  const items = Array.isArray(paging.items) ? (paging.items as unknown[]) : [];
  return { ...playlist, items: { ...paging, ...playlist.items, items } as Playlist['items'] };
}

/** The URI of a playlist entry's item, or null (a null item, or one without a URI). */
export function readItemUri(entry: unknown): string | null {
  return text(asRecord(asRecord(entry)?.item)?.uri);
}
