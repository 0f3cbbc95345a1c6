/**
 * Restoring a playlist from our backup into a new playlist: created with the backup's
 * name, description and visibility, then its items added in order, 100 a request.
 * Interrupted (a failure, a closed tab), it resumes: the new playlist's items are read
 * and only the rest is added, so nothing is added twice. What the Web API cannot add
 * (local files, entries Spotify no longer describes) is reported, never silently dropped.
 */
import type { QueryClient } from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { sendItemStep } from '../../api/playlist-items';
import { inPlaylistScope } from '../../api/playlist-scope';
import { describeError, MalformedResponseError, SpotifyApiError } from '../../api/errors';
import { putCoverImage } from '../../api/cover-upload';
import { readPage } from '../../api/paged-stream';
import { coverFromFile } from '../../components/cover-image-file';
import { withRetries } from '../../api/retry-policy';
import { readItemUri, readPlaylist } from '../../domain/read-spotify';
import { descriptionText } from '../../lib/description';
import { isAddableUri, MAX_URIS_PER_WRITE } from '../../domain/spotify-uri';
import type { BackupItem, BackupPlaylist } from './backup-format';

const READ_PAGE = 50;

/** The items a restore adds, in order, and the ones it cannot. */
export function restorePlan(items: readonly BackupItem[]) {
  const adding: string[] = [];
  const notRestored: BackupItem[] = [];
  for (const item of items) {
    // A withdrawn song is still Spotify's: it goes back, playable wherever it is.
    const song = item.type === 'track' || item.type === 'episode' || item.type === 'withdrawn';
    if (song && isAddableUri(item.uri)) adding.push(item.uri);
    else notRestored.push(item);
  }
  return { adding, notRestored };
}

/**
 * Where an unfinished job went, kept in this browser: the playlist it adds to, and how
 * many items that playlist had before the job began (0 for a playlist it created).
 */
interface Journal {
  playlistId: string;
  base: number;
  /** URIs Spotify refused as no longer existing: skipped, and reported. */
  gone: string[];
}

const restoreKey = (exportedAt: string, source: BackupPlaylist) =>
  `restore.${exportedAt}.${source.id ?? source.source}.${source.name}`;

function readJournal(key: string): Journal | null {
  try {
    const raw = localStorage.getItem(key);
    const journal = raw ? (JSON.parse(raw) as Partial<Journal>) : null;
    return typeof journal?.playlistId === 'string'
      ? {
          playlistId: journal.playlistId,
          base: typeof journal.base === 'number' ? journal.base : 0,
          gone: Array.isArray(journal.gone)
            ? journal.gone.filter((u) => typeof u === 'string')
            : [],
        }
      : null;
  } catch {
    return null;
  }
}

export function unfinishedRestore(exportedAt: string, source: BackupPlaylist): Journal | null {
  return readJournal(`slm.add.${restoreKey(exportedAt, source)}`);
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

export interface NewPlaylist {
  name: string;
  description: string | null;
  public: boolean | null;
  collaborative: boolean;
}

/** What to tell the person when a copy, merge or import stops part way. */
export function stopMessage(what: string, error: unknown): string {
  const done = error instanceof RestoreInterrupted ? ` after ${error.added} of ${error.total}` : '';
  const cause = error instanceof RestoreInterrupted ? error.cause : error;
  return `${what} stopped${done}: ${describeError(cause)} Resume adds only what is missing.`;
}

async function createPlaylist(details: NewPlaylist): Promise<string> {
  const description = descriptionText(details.description);
  const { data } = await spotify().POST('/me/playlists', {
    body: {
      name: details.name,
      ...(description ? { description } : {}),
      public: details.public === true && !details.collaborative,
      ...(details.collaborative ? { collaborative: true } : {}),
    },
  });
  const playlist = readPlaylist(data);
  if (!playlist) throw new MalformedResponseError('Spotify did not say which playlist it created.');
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
      return readPage(data, 'playlist items');
    });
    total = page.total;
    uris.push(...page.items.map((entry) => readItemUri(entry)));
  }
  return uris;
}

export interface RestoreOutcome {
  playlistId: string;
  added: number;
  notRestored: BackupItem[];
  /** The backed-up cover: put back, could not be (gone, or a format we cannot convert), or none. */
  cover: 'restored' | 'failed' | 'none';
}

/** Uploads the backed-up cover to the new playlist; never stops the restore. */
async function restoreCover(playlistId: string, url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    if (!response.ok) return false;
    await putCoverImage(playlistId, await coverFromFile(await response.blob()));
    return true;
  } catch {
    return false;
  }
}

export interface AddJob {
  /** Names the job's journal, so the same job resumes (a backup's playlist, a copy...). */
  key: string;
  /** The playlist to add to, or the one to create. */
  target: { playlistId: string } | { create: NewPlaylist };
  uris: string[];
  onProgress: (added: number, total: number) => void;
  /** Once, right after a new playlist is created (a restore's cover). */
  afterCreate?: (playlistId: string) => Promise<void>;
  /**
   * Given with an existing playlist, the job runs in that playlist's write scope: after the
   * changes the editor has queued, before later ones.
   */
  queryClient?: QueryClient;
}

/** Spotify's answer to a batch holding an ID it does not have (any more). */
const isNonExisting = (error: unknown) =>
  error instanceof SpotifyApiError && error.status === 400 && /non-existing/i.test(error.message);

export interface AddOutcome {
  playlistId: string;
  /** URIs Spotify no longer has: left out, in the job's order. */
  gone: string[];
}

/**
 * Adds `uris` in order to a playlist, 100 a request. A batch refused because an ID no
 * longer exists is split until the missing songs are found; those are left out and
 * reported, the rest added in order. An unfinished job (journal in this browser)
 * resumes: the playlist is read, what the job already added is recognised after the items
 * it had before, and only the rest is added; if the playlist was changed since, it stops
 * rather than make a wrong copy.
 */
export function addInOrder(job: AddJob): Promise<AddOutcome> {
  const { queryClient, target } = job;
  return queryClient && 'playlistId' in target
    ? inPlaylistScope(queryClient, target.playlistId, () => runAddJob(job))
    : runAddJob(job);
}

async function runAddJob({
  key,
  target,
  uris,
  onProgress,
  afterCreate,
}: AddJob): Promise<AddOutcome> {
  const journalName = `slm.add.${key}`;
  let journal = readJournal(journalName);
  const gone = new Set(journal?.gone ?? []);
  const wanted = () => uris.filter((uri) => !gone.has(uri));
  let added = 0;
  if (journal) {
    const list = wanted();
    const present = (await currentUris(journal.playlistId)).slice(journal.base);
    if (present.some((uri, i) => uri !== list[i]))
      throw new Error(
        'That playlist was changed since this began, so it cannot be finished safely. Remove what was added and start again.',
      );
    added = present.length;
  } else {
    journal =
      'create' in target
        ? { playlistId: await createPlaylist(target.create), base: 0, gone: [] }
        : {
            playlistId: target.playlistId,
            base: (await currentUris(target.playlistId)).length,
            gone: [],
          };
    localStorage.setItem(journalName, JSON.stringify(journal));
    if ('create' in target) await afterCreate?.(journal.playlistId);
  }
  const { playlistId, base } = journal;
  const save = () =>
    localStorage.setItem(journalName, JSON.stringify({ playlistId, base, gone: [...gone] }));
  const post = (batch: string[]) =>
    sendItemStep(playlistId, { kind: 'add', uris: batch, position: null });
  /** Adds what it can of `batch`, in order; returns how many were added. */
  const addBatch = async (batch: string[]): Promise<number> => {
    try {
      await post(batch);
      return batch.length;
    } catch (error) {
      if (!isNonExisting(error)) throw error;
      if (batch.length === 1) {
        gone.add(batch[0]!);
        save();
        return 0;
      }
      const half = Math.ceil(batch.length / 2);
      const first = await addBatch(batch.slice(0, half));
      return first + (await addBatch(batch.slice(half).filter((uri) => !gone.has(uri))));
    }
  };
  let list = wanted();
  onProgress(added, list.length);
  while (added < list.length) {
    try {
      added += await addBatch(list.slice(added, added + MAX_URIS_PER_WRITE));
    } catch (error) {
      throw new RestoreInterrupted(error, playlistId, added, list.length);
    }
    list = wanted();
    onProgress(added, list.length);
  }
  localStorage.removeItem(journalName);
  return { playlistId, gone: uris.filter((uri) => gone.has(uri)) };
}

export function hasUnfinished(key: string): boolean {
  return readJournal(`slm.add.${key}`) !== null;
}

/**
 * Restores `source` from a backup made at `exportedAt` into a new playlist. A restore
 * left unfinished in this browser continues in the playlist it created.
 */
export async function restorePlaylist(
  exportedAt: string,
  source: BackupPlaylist,
  onProgress: (added: number, total: number) => void,
): Promise<RestoreOutcome> {
  const { adding, notRestored } = restorePlan(source.items);
  let cover: RestoreOutcome['cover'] = source.coverUrl ? 'failed' : 'none';
  const { playlistId, gone } = await addInOrder({
    key: restoreKey(exportedAt, source),
    target: { create: source },
    uris: adding,
    onProgress,
    afterCreate: async (id) => {
      if (source.coverUrl && (await restoreCover(id, source.coverUrl))) cover = 'restored';
    },
  });
  // Songs Spotify no longer has are reported with the local files and unavailable items.
  const missing = new Set(gone);
  const vanished = source.items.filter((item) => item.uri && missing.has(item.uri));
  return {
    playlistId,
    added: adding.length - vanished.length,
    notRestored: [...notRestored, ...vanished].sort((a, b) => a.position - b.position),
    cover,
  };
}
