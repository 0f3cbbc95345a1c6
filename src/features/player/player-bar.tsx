import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { describeError } from '../../api/errors';
import type { PlaybackState } from '../../api/spotify-types';
import { CoverImage, pickImage } from '../../components/cover-image';
import { itemRow } from '../../domain/track-row';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { ContextLink } from './context-link';
import { deviceLabel } from './device-choice';
import { DeviceChooser } from './device-chooser';
import { DevicesPanel } from './devices-panel';
import { usePlayerExpansion } from './expanded-player';
import { useMediaSession } from './media-session';
import {
  PREMIUM_MESSAGE,
  REPEAT_CYCLE,
  REPEAT_LABEL,
  usePause,
  useResume,
  useSeek,
  useSetRepeat,
  useSetShuffle,
  useSetVolume,
  useSkipNext,
  useSkipPrevious,
} from './mutations';
import { playerUi, usePlayerUi } from './player-ui';
import { usePlaybackProgress } from './progress';
import { playerQueries } from './queries';
import { QueuePanel } from './queue-panel';
import { SeekSlider, VolumeSlider } from './sliders';
import { useSpaceToggles } from './space-toggle';
import { useBrowserDevice } from './web-playback/use-browser-device';
import { useWebPlayback, webPlayback } from './web-playback/web-playback';

export function PlayerBar() {
  const player = useQuery(playerQueries.state());
  const slots = useTrackSlots();
  const ui = usePlayerUi();
  const browser = useWebPlayback();
  const { expanded, expand, collapse } = usePlayerExpansion();
  useBrowserDevice();
  const [queueOpen, setQueueOpen] = useState(false);
  const devicesId = useId();
  const queueId = useId();
  const state = player.data;
  const progress = usePlaybackProgress(state, player.dataUpdatedAt);

  const pause = usePause();
  const resume = useResume();
  const next = useSkipNext();
  const previous = useSkipPrevious();
  const seek = useSeek();
  const volume = useSetVolume();
  const shuffle = useSetShuffle();
  const repeat = useSetRepeat();

  const disallows = state?.actions?.disallows ?? {};
  const playing = !!state?.is_playing;
  const canToggle = !!state?.item && !(playing ? disallows.pausing : disallows.resuming);
  const start = () => {
    // After autoplay_failed, sound may start only from a press: this is that press.
    if (browser.autoplayBlocked) void webPlayback.activate();
    resume.mutate({});
  };
  const toggle = () => {
    if (!state || !canToggle) return;
    if (playing) pause.mutate({ progressMs: progress });
    else start();
  };
  useSpaceToggles(toggle);

  const item = state?.item ?? null;
  useMediaSession({
    active: !!state && !!browser.deviceId && state.device.id === browser.deviceId,
    item,
    playing,
    progressMs: progress,
    commands: {
      play: () => !playing && start(),
      pause: () => playing && pause.mutate({ progressMs: progress }),
      next: () => next.mutate(),
      previous: () => previous.mutate(),
      seekTo: (ms) => seek.mutate(ms),
    },
  });

  // Escape collapses the full-screen player (a dialog open on top keeps Escape for itself).
  useEffect(() => {
    if (!expanded) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      collapse();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [expanded, collapse]);

  // Messages stay until the next command, or 8 s.
  useEffect(() => {
    if (!ui.message) return;
    const timer = setTimeout(playerUi.clearMessage, 8000);
    return () => clearTimeout(timer);
  }, [ui.message]);

  return (
    <div className={`player${expanded ? ' player--expanded' : ''}`}>
      {ui.choosing && <DeviceChooser intent={ui.choosing} />}
      {ui.devicesOpen && <DevicesPanel id={devicesId} />}
      {queueOpen && <QueuePanel id={queueId} onClose={() => setQueueOpen(false)} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {ui.message?.kind === 'status' ? ui.message.text : ''}
      </p>
      {ui.premiumRequired && (
        // Inserted once, so it is announced once; it stays as the explanation.
        <p className="player__notice notice" role="alert">
          {PREMIUM_MESSAGE}
        </p>
      )}
      {browser.autoplayBlocked && (
        <p className="player__notice notice" role="status">
          Press Play to start sound in this browser.
        </p>
      )}
      {ui.message?.kind === 'error' && (
        <p className="player__error" role="alert">
          {ui.message.text}
        </p>
      )}
      <div className="player__bar">
        {/* Shown on phones only, where the bar is a one-line mini player. */}
        <button
          type="button"
          className="icon-button player__expand"
          aria-label={expanded ? 'Collapse player' : 'Expand player'}
          aria-expanded={expanded}
          onClick={expanded ? collapse : expand}
        >
          <span aria-hidden="true">{expanded ? '⌄' : '⌃'}</span>
        </button>
        <div className="player__now">
          {player.isPending ? (
            <span className="muted">Loading the player…</span>
          ) : player.error ? (
            <span>
              The player is unavailable: {describeError(player.error)}{' '}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void player.refetch()}
              >
                Try again
              </button>
            </span>
          ) : !state || !item ? (
            <span>
              <strong>Nothing playing.</strong>{' '}
              <span className="muted">Start something in Spotify or here, or choose a device.</span>
            </span>
          ) : (
            <>
              <CoverImage
                url={pickImage(item.type === 'episode' ? item.images : item.album.images, 60)}
                label={item.name}
                size={48}
              />
              <span className="player__text">
                <span className="player__title">{item.name}</span>
                <span className="muted player__byline">
                  <span>{itemRow(item).byline}</span>
                  <ContextLink context={state.context} prefix="From" />
                </span>
              </span>
              {slots.heart?.(itemRow(item), {})}
            </>
          )}
        </div>

        <div className="player__controls" role="group" aria-label="Playback">
          <button
            type="button"
            className="icon-button"
            onClick={() => shuffle.mutate(!state?.shuffle_state)}
            aria-pressed={!!state?.shuffle_state}
            disabled={!item || !!disallows.toggling_shuffle}
          >
            Shuffle
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => previous.mutate()}
            disabled={!item || !!disallows.skipping_prev}
          >
            Previous
          </button>
          <button
            type="button"
            className="icon-button icon-button--main"
            onClick={toggle}
            disabled={!canToggle}
          >
            {playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => next.mutate()}
            disabled={!item || !!disallows.skipping_next}
          >
            Next
          </button>
          <RepeatButton
            state={state}
            disabled={
              !item || !!(disallows.toggling_repeat_context && disallows.toggling_repeat_track)
            }
            onRepeat={(mode) => repeat.mutate(mode)}
          />
        </div>

        <SeekSlider
          progressMs={progress}
          durationMs={item?.duration_ms ?? 0}
          disabled={!item || !!disallows.seeking}
          onSeek={(ms) => seek.mutate(ms)}
        />

        <div className="player__side">
          {state && (
            <VolumeSlider
              volume={state.device.volume_percent ?? null}
              unsupported={!state.device.supports_volume}
              onVolume={(v) => volume.mutate(v)}
            />
          )}
          <button
            type="button"
            className="icon-button"
            aria-expanded={queueOpen}
            aria-controls={queueOpen ? queueId : undefined}
            onClick={() => setQueueOpen((open) => !open)}
          >
            Queue
          </button>
          <button
            type="button"
            className="icon-button"
            aria-expanded={ui.devicesOpen}
            aria-controls={ui.devicesOpen ? devicesId : undefined}
            onClick={() => (ui.devicesOpen ? playerUi.closeDevices() : playerUi.openDevices())}
          >
            Devices
          </button>
          <span className="muted player__device">
            {state ? `on ${deviceLabel(state.device)}` : 'No device active'}
          </span>
        </div>
      </div>
    </div>
  );
}

function RepeatButton({
  state,
  disabled,
  onRepeat,
}: {
  state: PlaybackState | null | undefined;
  disabled: boolean;
  onRepeat: (mode: PlaybackState['repeat_state']) => void;
}) {
  const mode = state?.repeat_state ?? 'off';
  const stateId = useId();
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-describedby={stateId}
        aria-pressed={mode !== 'off'}
        onClick={() => onRepeat(REPEAT_CYCLE[mode])}
        disabled={disabled}
      >
        Repeat
      </button>
      <span id={stateId} className="player__repeat-state">
        {REPEAT_LABEL[mode]}
      </span>
    </>
  );
}
