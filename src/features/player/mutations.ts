/**
 * One hook per player command. Each updates the bar at once where the result is known,
 * rolls back with a message a person understands when Spotify refuses, and refetches
 * the player state afterwards. Commands share one mutation scope so they reach Spotify
 * in the order they were given ("order of execution is not guaranteed" when mixed, 5.4).
 * Commands that start something (play, resume, add to queue) find a device when none is
 * active, or keep the request for the device chooser.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { describeError, SpotifyApiError } from '../../api/errors';
import type { RepeatState } from '../../api/spotify-types';
import type { Playback } from '../../domain/read-player';
import { commandsOnTheirWay } from './commands-on-their-way';
import { pickDevice, type DeviceTarget } from './device-choice';
import { usePlayerAccount } from './player-account';
import { playerUi } from './player-ui';
import type { PlayIntent, PlayRequest } from './play-intent';
import { playerQueries } from './queries';
import { undoHistory } from '../../components/undo/undo-store';

export const PREMIUM_MESSAGE =
  'Spotify lets apps control playback only for Premium accounts. Browsing and editing your playlists work without it.';
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
    if (isDeviceGone(error)) return 'That device is no longer available. Choose another.';
  }
  return describeError(error);
}

/** No device was active and none could be chosen for the person: the chooser asks. */
class NoDeviceChosen extends Error {
  constructor(readonly intent: PlayIntent) {
    super('No device chosen');
  }
}

/** Spotify's answer for a device_id it does not know (no `reason`, 5.4). */
const isDeviceGone = (error: unknown) =>
  error instanceof SpotifyApiError && error.status === 404 && /device/i.test(error.message);

const isNoActiveDevice = (error: unknown) =>
  error instanceof SpotifyApiError && error.reason === 'NO_ACTIVE_DEVICE';

/** Variables of a command that can name the device it is for (`device_id`). */
interface Targeted {
  deviceId?: string;
}

interface Command<V> {
  send: (vars: V) => Promise<unknown>;
  /** The state Spotify will be in once it obeys, when that is known. */
  optimistic?: (state: Playback, vars: V) => Playback;
  /** What to announce when it worked (naming the device it went to, if one was picked). */
  done?: (vars: V, device: DeviceTarget | null) => string;
  /**
   * `done` is shown as a toast too, when nothing on screen shows it (a song added to the
   * queue); otherwise the bar shows the outcome and `done` is only announced.
   */
  shown?: boolean;
  /** For commands that start playback: the request, kept when no device is active. */
  intent?: (vars: V) => PlayIntent;
}

function usePlayerCommand<V>(command: Command<V>) {
  const queryClient = useQueryClient();
  const account = usePlayerAccount();
  const stateKey = playerQueries.state().queryKey;

  /**
   * Sends the command; when Spotify says no device is active (NO_ACTIVE_DEVICE) it goes
   * to the device pickDevice finds, with device_id. It is always tried as it is first,
   * even when the last state said nothing was playing: another app may have started
   * since, and its device should be the one that plays.
   */
  const sendAnywhere = async (vars: V): Promise<DeviceTarget | null> => {
    const { intent } = command;
    try {
      await command.send(vars);
      return null;
    } catch (error) {
      if (!intent || (vars as Targeted).deviceId || !isNoActiveDevice(error)) throw error;
    }
    const device = await pickDevice(queryClient, account);
    if (!device) throw new NoDeviceChosen(intent(vars));
    await command.send({ ...vars, deviceId: device.id });
    return device;
  };

  return useMutation({
    mutationFn: sendAnywhere,
    scope: { id: 'player' },
    onMutate: async (vars: V) => {
      commandsOnTheirWay.started(queryClient);
      playerUi.clearMessage();
      await queryClient.cancelQueries({ queryKey: stateKey });
      const previous = queryClient.getQueryData(stateKey);
      if (previous && command.optimistic)
        queryClient.setQueryData(stateKey, command.optimistic(previous, vars));
      return { previous };
    },
    onError: (error, vars, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(stateKey, context.previous);
      if (error instanceof NoDeviceChosen) return playerUi.chooseDevice(error.intent);
      // The device went away between listing and playing: ask again rather than lose it.
      if (command.intent && isDeviceGone(error)) playerUi.chooseDevice(command.intent(vars));
      if (isNoActiveDevice(error)) playerUi.openDevices(CHOOSE_DEVICE);
      if (error instanceof SpotifyApiError && error.reason === 'PREMIUM_REQUIRED') {
        // Said once, by the bar's notice (PREMIUM_MESSAGE), which then stays until
        // dismissed; later refusals are toasts.
        if (playerUi.current().premiumRequired)
          return undoHistory.announce('Not done: playback needs Spotify Premium.');
        return playerUi.premiumRequired();
      }
      playerUi.fail(explainPlayerError(error));
    },
    onSuccess: (device, vars) => {
      const text = command.done?.(vars, device);
      if (text && command.shown) undoHistory.announce(`${text}.`);
      else if (text) playerUi.announce(text);
    },
    // The state is read again once the last command waiting is answered (each read before
    // then would be dropped, commands-on-their-way.ts).
    onSettled: () =>
      commandsOnTheirWay.answered(queryClient)
        ? queryClient.invalidateQueries({ queryKey: playerQueries.all() })
        : undefined,
  });
}

const deviceQuery = (deviceId?: string) => (deviceId ? { device_id: deviceId } : {});

/** Playing or paused, with the matching disallowed action (a paused player cannot pause). */
function withPlaying(state: Playback, playing: boolean): Playback {
  const { pausing: _pausing, resuming: _resuming, ...others } = state.actions?.disallows ?? {};
  return {
    ...state,
    is_playing: playing,
    actions: { disallows: { ...others, ...(playing ? { resuming: true } : { pausing: true }) } },
  };
}

const onDevice = (device: DeviceTarget | null) => (device ? ` on ${device.name}` : '');

export function usePlay() {
  return usePlayerCommand<PlayRequest & Targeted>({
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
    done: ({ label, note }, device) =>
      `Playing${label ? ` ${label}` : ''}${onDevice(device)}${note ? `. ${note}` : ''}`,
    intent: ({ deviceId: _deviceId, ...request }) => ({ kind: 'play', request }),
  });
}

export function useResume() {
  return usePlayerCommand<Targeted>({
    send: ({ deviceId }) =>
      spotify().PUT('/me/player/play', { params: { query: deviceQuery(deviceId) }, body: {} }),
    optimistic: (state) => withPlaying(state, true),
    done: (_vars, device) => `Playing${onDevice(device)}`,
    intent: () => ({ kind: 'resume' }),
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
    },
    optimistic: (state, { deviceId, name }) => ({
      ...state,
      device: { ...state.device, id: deviceId, name },
    }),
    done: ({ name }) => `Playing on ${name}`,
  });
}

export function useAddToQueue() {
  return usePlayerCommand<{ uri: string; label: string } & Targeted>({
    send: ({ uri, deviceId }) =>
      spotify().POST('/me/player/queue', { params: { query: { uri, ...deviceQuery(deviceId) } } }),
    done: ({ label }, device) => `Added ${label} to the queue${onDevice(device)}`,
    shown: true,
    intent: ({ uri, label }) => ({ kind: 'queue', uri, label }),
  });
}
