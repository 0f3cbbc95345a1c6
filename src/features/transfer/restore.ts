/**
 * Restoring a playlist from our backup into a new playlist: created with the backup's
 * name, description and visibility, then its items added in order, 100 a request.
 * Interrupted (a failure, a closed tab), it resumes: the new playlist's items are read
 * and only the rest is added, so nothing is added twice. What the Web API cannot add
 * (local files, entries Spotify no longer describes) is reported, never silently dropped.
 */
import { spotify } from '../../api/client';
import { MalformedResponseError } from '../../api/errors';
import { readPage } from '../../api/paged-stream';
import { withRetries } from '../../api/retry-policy';
import type { Playlist } from '../../api/spotify-types';
import { descriptionText } from '../../lib/description';
import type { BackupItem, BackupPlaylist } from './backup-format';

/** Spotify adds at most 100 URIs per request (5.1). */
export const ADD_BATCH = 100;
const READ_PAGE = 50;
const ADDABLE = /^spotify:(track|episode):[0-9A-Za-z]{22}$/;

/** The items a restore adds, in order, and the ones it cannot. */
export function restorePlan(items: readonly BackupItem[]) {
  const adding: string[] = [];
  const notRestored: BackupItem[] = [];
  for (const item of items) {
    if ((item.type === 'track' || item.type === 'episode') && item.uri && ADDABLE.test(item.uri))
      adding.push(item.uri);
    else notRestored.push(item);
  }
  return { adding, notRestored };
}

/** Where an interrupted restore of one backed-up playlist went, kept in this browser. */
interface Journal {
  playlistId: string;
}

const journalKey = (exportedAt: string, source: BackupPlaylist) =>
  `slm.restore.${exportedAt}.${source.id ?? source.source}.${source.name}`;

export function unfinishedRestore(exportedAt: string, source: BackupPlaylist): Journal | null {
  try {
    const raw = localStorage.getItem(journalKey(exportedAt, source));
    const journal = raw ? (JSON.parse(raw) as Partial<Journal>) : null;
    return typeof journal?.playlistId === 'string' ? { playlistId: journal.playlistId } : null;
  } catch {
    return null;
  }
}

export class RestoreInterrupted extends Error {
  override readonly name = 'RestoreInterrupted';
  constructor(
    override readonly cause: unknown,
    readonly playlistId: string,
    readonly added: number,
    readonly total: number,
  ) {
    super('The restore stopped part way.');
  }
}

async function createPlaylist(source: BackupPlaylist): Promise<string> {
  const description = descriptionText(source.description);
  const { data } = await spotify().POST('/me/playlists', {
    body: {
      name: source.name,
      ...(description ? { description } : {}),
      public: source.public === true && !source.collaborative,
      ...(source.collaborative ? { collaborative: true } : {}),
    },
  });
  const playlist = data as Playlist | undefined;
  if (!playlist?.id)
    throw new MalformedResponseError('Spotify did not say which playlist it created.');
  return playlist.id;
}

/** Every URI the playlist holds now, in order (to resume where Spotify is). */
async function currentUris(playlistId: string): Promise<(string | null)[]> {
  const uris: (string | null)[] = [];
  for (let offset = 0, total = 1; offset < total; offset += READ_PAGE) {
    const page = await withRetries(async () => {
      const { data } = await spotify().GET('/playlists/{playlist_id}/items', {
        params: {
          path: { playlist_id: playlistId },
          query: { limit: READ_PAGE, offset, additional_types: 'track,episode' },
        },
      });
      return readPage<{ item?: { uri?: string } | null }>(data, 'playlist items');
    });
    total = page.total;
    uris.push(...page.items.map((entry) => entry?.item?.uri ?? null));
  }
  return uris;
}

export interface RestoreOutcome {
  playlistId: string;
  added: number;
  notRestored: BackupItem[];
}

/**
 * Restores `source` from a backup made at `exportedAt` (which names its journal). A
 * restore left unfinished in this browser continues in the playlist it created.
 */
export async function restorePlaylist(
  exportedAt: string,
  source: BackupPlaylist,
  onProgress: (added: number, total: number) => void,
): Promise<RestoreOutcome> {
  const { adding, notRestored } = restorePlan(source.items);
  const key = journalKey(exportedAt, source);
  const resumed = unfinishedRestore(exportedAt, source);
  const playlistId = resumed?.playlistId ?? (await createPlaylist(source));
  localStorage.setItem(key, JSON.stringify({ playlistId } satisfies Journal));

  let added = 0;
  if (resumed) {
    const present = await currentUris(playlistId);
    // What is there must be the start of what the backup holds; anything else means the
    // playlist was changed since, and adding the rest would not make a copy.
    if (present.some((uri, i) => uri !== adding[i]))
      throw new Error(
        `“${source.name}” was changed since the restore began, so it cannot be finished safely. Remove it and restore again.`,
      );
    added = present.length;
  }
  onProgress(added, adding.length);
  while (added < adding.length) {
    const batch = adding.slice(added, added + ADD_BATCH);
    try {
      await spotify().POST('/playlists/{playlist_id}/items', {
        params: { path: { playlist_id: playlistId } },
        body: { uris: batch },
      });
    } catch (error) {
      throw new RestoreInterrupted(error, playlistId, added, adding.length);
    }
    added += batch.length;
    onProgress(added, adding.length);
  }
  localStorage.removeItem(key);
  return { playlistId, added, notRestored };
}
