/**
 * One hook per player command. Each updates the bar at once where the result is known,
 * rolls back with a message a person understands when Spotify refuses, and refetches
 * the player state afterwards. Commands share one mutation scope so they reach Spotify
 * in the order they were given ("order of execution is not guaranteed" when mixed, 5.4).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { describeError, SpotifyApiError } from '../../api/errors';
import type { PlaybackState, RepeatState } from '../../api/spotify-types';
import { playerUi } from './player-ui';
import { playerQueries } from './queries';

export const PREMIUM_MESSAGE =
  'Spotify lets apps control playback only for Premium accounts. Everything else in this app still works.';
export const CHOOSE_DEVICE = 'Choose a device to play on';

export function explainPlayerError(error: unknown): string {
  if (error instanceof SpotifyApiError) {
    switch (error.reason) {
      case 'NO_ACTIVE_DEVICE':
        return `No device is playing right now. ${CHOOSE_DEVICE}.`;
      case 'PREMIUM_REQUIRED':
        return PREMIUM_MESSAGE;
      case 'VOLUME_CONTROL_DISALLOW':
        return 'This device does not let apps change its volume.';
      case 'DEVICE_NOT_CONTROLLABLE':
        return 'This device cannot be controlled from other apps.';
    }
    if (error.status === 403) return 'Spotify did not allow that right now.';
    if (error.status === 404 && /device/i.test(error.message))
      return 'That device is no longer available. Choose another.';
  }
  return describeError(error);
}

interface Command<V> {
  send: (vars: V) => Promise<unknown>;
  /** The state Spotify will be in once it obeys, when that is known. */
  optimistic?: (state: PlaybackState, vars: V) => PlaybackState;
  /** What to announce when it worked. */
  done?: (vars: V) => string;
}

function usePlayerCommand<V>(command: Command<V>) {
  const queryClient = useQueryClient();
  const stateKey = playerQueries.state().queryKey;
  return useMutation({
    mutationFn: command.send,
    scope: { id: 'player' },
    onMutate: async (vars: V) => {
      playerUi.clearMessage();
      await queryClient.cancelQueries({ queryKey: stateKey });
      const previous = queryClient.getQueryData(stateKey);
      if (previous && command.optimistic)
        queryClient.setQueryData(stateKey, command.optimistic(previous, vars));
      return { previous };
    },
    onError: (error, _vars, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(stateKey, context.previous);
      if (error instanceof SpotifyApiError && error.reason === 'NO_ACTIVE_DEVICE')
        playerUi.openDevices(CHOOSE_DEVICE);
      playerUi.fail(explainPlayerError(error));
    },
    onSuccess: (_data, vars) => {
      const text = command.done?.(vars);
      if (text) playerUi.announce(text);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: playerQueries.all() }),
  });
}

const deviceQuery = (deviceId?: string) => (deviceId ? { device_id: deviceId } : {});

/** Playing or paused, with the matching disallowed action (a paused player cannot pause). */
function withPlaying(state: PlaybackState, playing: boolean): PlaybackState {
  const { pausing: _pausing, resuming: _resuming, ...others } = state.actions?.disallows ?? {};
  return {
    ...state,
    is_playing: playing,
    actions: { disallows: { ...others, ...(playing ? { resuming: true } : { pausing: true }) } },
  };
}

export interface PlayRequest {
  contextUri?: string;
  uris?: string[];
  /** Position within the context, for "play from this row". */
  offset?: number;
  deviceId?: string;
  label?: string;
}

export function usePlay() {
  return usePlayerCommand<PlayRequest>({
    send: ({ contextUri, uris, offset, deviceId }) =>
      spotify().PUT('/me/player/play', {
        params: { query: deviceQuery(deviceId) },
        body: {
          ...(contextUri ? { context_uri: contextUri } : {}),
          ...(uris ? { uris } : {}),
          ...(offset !== undefined ? { offset: { position: offset } } : {}),
        },
      }),
    optimistic: (state) => withPlaying(state, true),
    done: ({ label }) => (label ? `Playing ${label}` : 'Playing'),
  });
}

export function useResume() {
  return usePlayerCommand<void>({
    send: () => spotify().PUT('/me/player/play', { body: {} }),
    optimistic: (state) => withPlaying(state, true),
    done: () => 'Playing',
  });
}

export function usePause() {
  return usePlayerCommand<{ progressMs: number }>({
    send: () => spotify().PUT('/me/player/pause', {}),
    optimistic: (state, { progressMs }) => ({
      ...withPlaying(state, false),
      progress_ms: progressMs,
    }),
    done: () => 'Paused',
  });
}

export function useSkipNext() {
  return usePlayerCommand<void>({
    send: () => spotify().POST('/me/player/next', {}),
    done: () => 'Next track',
  });
}

export function useSkipPrevious() {
  return usePlayerCommand<void>({
    send: () => spotify().POST('/me/player/previous', {}),
    done: () => 'Previous track',
  });
}

export function useSeek() {
  return usePlayerCommand<number>({
    send: (positionMs) =>
      spotify().PUT('/me/player/seek', {
        params: { query: { position_ms: Math.round(positionMs) } },
      }),
    optimistic: (state, positionMs) => ({ ...state, progress_ms: positionMs }),
  });
}

export function useSetVolume() {
  return usePlayerCommand<number>({
    send: (percent) =>
      spotify().PUT('/me/player/volume', {
        params: { query: { volume_percent: Math.round(percent) } },
      }),
    optimistic: (state, percent) => ({
      ...state,
      device: { ...state.device, volume_percent: percent },
    }),
  });
}

export function useSetShuffle() {
  return usePlayerCommand<boolean>({
    send: (on) => spotify().PUT('/me/player/shuffle', { params: { query: { state: on } } }),
    optimistic: (state, on) => ({ ...state, shuffle_state: on }),
    done: (on) => (on ? 'Shuffle on' : 'Shuffle off'),
  });
}

export const REPEAT_CYCLE: Record<RepeatState, RepeatState> = {
  off: 'context',
  context: 'track',
  track: 'off',
};
export const REPEAT_LABEL: Record<RepeatState, string> = {
  off: 'Repeat off',
  context: 'Repeat all',
  track: 'Repeat one',
};

export function useSetRepeat() {
  return usePlayerCommand<RepeatState>({
    send: (mode) => spotify().PUT('/me/player/repeat', { params: { query: { state: mode } } }),
    optimistic: (state, mode) => ({ ...state, repeat_state: mode }),
    done: (mode) => REPEAT_LABEL[mode],
  });
}

export function useTransferPlayback() {
  const queryClient = useQueryClient();
  return usePlayerCommand<{ deviceId: string; name: string }>({
    send: async ({ deviceId }) => {
      // Keep playing if it was playing; `play: false` would not pause, so send it only to start.
      const playing = queryClient.getQueryData(playerQueries.state().queryKey)?.is_playing ?? false;
      await spotify().PUT('/me/player', {
        body: { device_ids: [deviceId], ...(playing ? { play: true } : {}) },
      });
      playerUi.closeDevices();
    },
    optimistic: (state, { deviceId, name }) => ({
      ...state,
      device: { ...state.device, id: deviceId, name },
    }),
    done: ({ name }) => `Playing on ${name}`,
  });
}

export function useAddToQueue() {
  return usePlayerCommand<{ uri: string; label: string }>({
    send: ({ uri }) => spotify().POST('/me/player/queue', { params: { query: { uri } } }),
    done: ({ label }) => `Added ${label} to the queue`,
  });
}
