/**
 * A playlist as a playlist file for music players and converters: M3U8 (extended M3U in
 * UTF-8) and XSPF (xspf.org/spec). Both name each entry by its open.spotify.com page,
 * with title, artists and length, which is what converters match on. A local file keeps
 * its spotify:local: URI (the only name Spotify gives it); an item Spotify sent nothing
 * for has no address and is left out with a comment. These are for taking a playlist
 * elsewhere; the JSON backup is the copy that keeps everything.
 */
import { spotifyWebUrl } from '../../domain/spotify-uri';
import type { BackupItem, BackupPlaylist } from './backup-format';

type Playlist = Pick<BackupPlaylist, 'name' | 'description' | 'owner' | 'items'>;

/** Where an entry is: its Spotify page, or for a local file its URI; null when unknown. */
const locationOf = (item: BackupItem) =>
  spotifyWebUrl(item.uri) ?? (item.type === 'local' ? item.uri : null);

/** Line breaks would start a new M3U line (a new entry): they become spaces. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

export function m3u8(playlist: Playlist): string {
  const lines = ['#EXTM3U', `#PLAYLIST:${oneLine(playlist.name)}`];
  for (const item of playlist.items) {
    const location = locationOf(item);
    if (!location) {
      lines.push(`# ${item.position + 1}: an item Spotify no longer describes`);
      continue;
    }
    const seconds = item.durationMs === null ? -1 : Math.round(item.durationMs / 1000);
    const name = item.artists ? `${item.artists} - ${item.title}` : item.title;
    lines.push(`#EXTINF:${seconds},${oneLine(name)}`);
    if (item.album) lines.push(`#EXTALB:${oneLine(item.album)}`);
    lines.push(location);
  }
  return `${lines.join('\n')}\n`;
}

const XSPF_NS = 'http://xspf.org/ns/0/';
/** Characters XML 1.0 cannot hold at all (control characters); they are dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Built with the browser's XML DOM and serializer, which escape every text. */
export function xspf(playlist: Playlist): string {
  const doc = document.implementation.createDocument(XSPF_NS, 'playlist', null);
  const root = doc.documentElement;
  root.setAttribute('version', '1');
  const add = (parent: Element, name: string, text: string | number | null) => {
    if (text === null || text === '') return;
    const element = doc.createElementNS(XSPF_NS, name);
    element.textContent = String(text).replace(NOT_XML, '');
    parent.append(element);
  };
  add(root, 'title', playlist.name);
  add(root, 'creator', playlist.owner?.name ?? playlist.owner?.id ?? null);
  add(root, 'annotation', playlist.description);
  const list = doc.createElementNS(XSPF_NS, 'trackList');
  root.append(list);
  for (const item of playlist.items) {
    const location = locationOf(item);
    if (!location) {
      list.append(doc.createComment(` ${item.position + 1}: an item Spotify no longer describes `));
      continue;
    }
    const track = doc.createElementNS(XSPF_NS, 'track');
    add(track, 'location', location);
    add(track, 'identifier', item.uri);
    add(track, 'title', item.title);
    add(track, 'creator', item.artists);
    add(track, 'album', item.album);
    add(track, 'duration', item.durationMs);
    list.append(track);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
