/**
 * The simulated player's state in the shape the Web Playback SDK hands to
 * `player_state_changed` and `getCurrentState()` (Spotify.PlaybackState), for a browser
 * player whose device is the active one.
 */
import type { PlayableItem } from '../../src/api/spotify-types';
import type { Clock } from '../clock';
import type { Player } from '../player';
import type { Serializer } from '../serialize';
import type { Store } from '../store';

/** The SDK's repeat_mode: 0 no repeat, 1 repeat once (the track), 2 repeat all (the context). */
const REPEAT_MODE = { off: 0, track: 1, context: 2 } as const;
/** The SDK shows the current item with two items either side. */
const WINDOW = 2;

function sdkTrack(item: PlayableItem): Spotify.Track {
  const entity = (
    name: string,
    uri: string | null,
    urls: { spotify?: string | null } | undefined,
  ): Spotify.Entity => ({ name, uri: uri ?? '', url: urls?.spotify ?? '' });
  const group =
    item.type === 'episode'
      ? { name: item.show.name, uri: item.show.uri, images: item.images }
      : { name: item.album.name, uri: item.album.uri ?? '', images: item.album.images };
  const artists =
    item.type === 'episode'
      ? [entity(item.show.name, item.show.uri, item.show.external_urls)]
      : item.artists.map((a) => entity(a.name, a.uri, a.external_urls));
  return {
    album: group,
    artists,
    duration_ms: item.duration_ms,
    id: item.id,
    is_playable: true,
    name: item.name,
    uid: item.id ?? item.uri,
    uri: item.uri,
    media_type: 'audio',
    type: item.type,
    track_type: 'audio',
    linked_from: { uri: null, id: null },
  };
}

/** The state for `deviceId`, or null when that device is not the one playing. */
export function sdkPlaybackState(
  store: Store,
  player: Player,
  serialize: Serializer,
  clock: Clock,
  deviceId: string,
): Spotify.PlaybackState | null {
  player.sync();
  const s = store.player;
  if (s.activeDeviceId !== deviceId || !s.currentUri) return null;
  const current = serialize.playable(s.currentUri);
  if (!current) return null;
  const toTracks = (uris: (string | null)[]) =>
    uris.flatMap((uri) => {
      const item = uri ? serialize.playable(uri) : null;
      return item ? [sdkTrack(item)] : [];
    });
  const before = s.order
    .slice(Math.max(0, s.orderPos - WINDOW), s.orderPos)
    .map((i) => s.contextItems[i] ?? null);
  return {
    context: { uri: s.contextUri, metadata: null },
    disallows: {
      ...(s.isPlaying ? { resuming: true } : { pausing: true }),
      ...(player.hasNext() ? {} : { skipping_next: true, peeking_next: true }),
      ...(player.hasPrevious() ? {} : { skipping_prev: true, peeking_prev: true }),
    },
    duration: current.duration_ms,
    paused: !s.isPlaying,
    position: s.progressMs,
    loading: false,
    timestamp: clock.now(),
    repeat_mode: REPEAT_MODE[s.repeat],
    shuffle: s.shuffle,
    restrictions: {},
    track_window: {
      current_track: sdkTrack(current),
      previous_tracks: toTracks(before),
      next_tracks: toTracks(player.upcoming().slice(0, WINDOW)),
    },
    playback_id: `${s.contextUri ?? ''}|${s.currentUri}`,
    playback_quality: 'NORMAL',
    playback_features: { hifi_status: 'NONE' },
  };
}
