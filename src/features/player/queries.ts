/**
 * Player server state: playback (polled while visible, faster while playing), devices,
 * the queue, and recently played (cursor pages).
 */
import {
  infiniteQueryOptions,
  queryOptions,
  useQuery,
  type QueryFunctionContext,
} from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { MalformedResponseError } from '../../api/errors';
import type { Device } from '../../api/spotify-types';
import type { NowPlayingMark } from '../../components/track-list/track-slots';
import { commandsOnTheirWay } from './commands-on-their-way';
import {
  readDevices,
  readHistoryPage,
  readPlayback,
  type Playback,
  readQueue,
  type HistoryPage,
  type QueueRows,
} from '../../domain/read-player';

/** Targets: at most 15 state requests a minute while playing, 4 while paused, none hidden. */
export const POLL_PLAYING_MS = 5_000;
export const POLL_PAUSED_MS = 15_000;
const RECENT_PAGE = 20;

/** A read started or answered while a command is on its way keeps what the bar shows (commands-on-their-way.ts). */
async function fetchPlayback({
  signal,
  client,
  queryKey,
}: QueryFunctionContext): Promise<Playback | null> {
  const busy = commandsOnTheirWay.any(client);
  const state = await readPlaybackResponse(signal);
  const shown = client.getQueryData<Playback | null>(queryKey);
  if ((busy || commandsOnTheirWay.any(client)) && shown !== undefined) return shown;
  return state;
}

async function readPlaybackResponse(signal: AbortSignal): Promise<Playback | null> {
  const { data, response } = await spotify().GET('/me/player', {
    params: { query: { additional_types: 'episode' } },
    signal,
    parseAs: 'text',
  });
  // 204 when nothing is active (docs/spotify-api.md#player; the spec omits it).
  if (response.status === 204 || !data) return null;
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    body = null;
  }
  const state = readPlayback(body);
  if (!state) throw new MalformedResponseError('Spotify sent a player state we could not read.');
  return state;
}

async function fetchDevices(signal: AbortSignal): Promise<Device[]> {
  const { data } = await spotify().GET('/me/player/devices', { signal });
  const devices = readDevices(data);
  if (!devices) throw new MalformedResponseError('Spotify sent a device list we could not read.');
  return devices;
}

async function fetchQueue(signal: AbortSignal): Promise<QueueRows> {
  const { data } = await spotify().GET('/me/player/queue', { signal });
  return readQueue(data);
}

async function fetchRecentlyPlayed(
  before: string | undefined,
  signal: AbortSignal,
): Promise<HistoryPage> {
  const { data } = await spotify().GET('/me/player/recently-played', {
    params: { query: { limit: RECENT_PAGE, ...(before ? { before: Number(before) } : {}) } },
    signal,
  });
  const page = readHistoryPage(data);
  if (!page) throw new MalformedResponseError('Spotify sent a history we could not read.');
  return page;
}

export const playerQueries = {
  all: () => ['player'] as const,
  state: () =>
    queryOptions({
      queryKey: [...playerQueries.all(), 'state'],
      queryFn: fetchPlayback,
      staleTime: 0,
      // React Query stops interval refetches while the page is hidden (refetchIntervalInBackground: false).
      refetchInterval: (query) => (query.state.data?.is_playing ? POLL_PLAYING_MS : POLL_PAUSED_MS),
      refetchOnWindowFocus: true,
    }),
  devices: () =>
    queryOptions({
      queryKey: [...playerQueries.all(), 'devices'],
      queryFn: ({ signal }) => fetchDevices(signal),
      staleTime: 0,
    }),
  queue: () =>
    queryOptions({
      queryKey: [...playerQueries.all(), 'queue'],
      queryFn: ({ signal }) => fetchQueue(signal),
      staleTime: 0,
    }),
  recentlyPlayed: () =>
    infiniteQueryOptions({
      queryKey: [...playerQueries.all(), 'recently-played'],
      queryFn: ({ pageParam, signal }) => fetchRecentlyPlayed(pageParam, signal),
      initialPageParam: undefined as string | undefined,
      // Spotify keeps about 50 plays; past them it sends empty pages with null cursors.
      getNextPageParam: (last) => last.before ?? undefined,
    }),
};

/**
 * The song or episode the player has and whether it plays, for lists to mark its rows.
 * Only those two fields: a new progress every poll leaves it (and the lists) as they are.
 */
export function useNowPlayingMark(): NowPlayingMark | null {
  const { data } = useQuery({
    ...playerQueries.state(),
    select: (state) =>
      state?.item?.row.uri ? { uri: state.item.row.uri, playing: state.is_playing } : null,
  });
  return data ?? null;
}
