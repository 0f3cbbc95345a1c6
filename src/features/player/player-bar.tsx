import { useQuery } from '@tanstack/react-query';
import { ChevronDown, ChevronUp, ListMusic, MonitorSpeaker } from 'lucide-react';
import { useId, useState } from 'react';
import { deviceLabel } from './device-choice';
import { DeviceChooser } from './device-chooser';
import { DevicesPanel } from './devices-panel';
import { usePlayerExpansion } from './expanded-player';
import { useMediaSession } from './media-session';
import {
  usePause,
  useResume,
  useSeek,
  useSetVolume,
  useSkipNext,
  useSkipPrevious,
} from './mutations';
import { playerUi, usePlayerUi } from './player-ui';
import { usePlaybackProgress } from './progress';
import { playerQueries } from './queries';
import { QueuePanel } from './queue-panel';
import { NowPlaying } from './now-playing';
import { ICON, PlaybackControls } from './playback-controls';
import { PlayerNotices } from './player-notices';
import { SeekSlider, VolumeSlider } from './sliders';
import { useSpaceToggles } from './space-toggle';
import { useBrowserDevice } from './web-playback/use-browser-device';
import { useWebPlayback, webPlayback } from './web-playback/web-playback';
import './player-bar.css';

export function PlayerBar() {
  const player = useQuery(playerQueries.state());
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

  return (
    <div className={`player${expanded ? ' player--expanded' : ''}`}>
      {ui.choosing && <DeviceChooser intent={ui.choosing} />}
      {ui.devicesOpen && <DevicesPanel id={devicesId} />}
      {queueOpen && <QueuePanel id={queueId} onClose={() => setQueueOpen(false)} />}
      <PlayerNotices />
      <div className="player__bar">
        {/* Shown on phones only, where the bar is a one-line mini player. */}
        <button
          type="button"
          className="icon-button player__expand"
          aria-label={expanded ? 'Collapse player' : 'Expand player'}
          aria-expanded={expanded}
          onClick={expanded ? collapse : expand}
        >
          {expanded ? (
            <ChevronDown aria-hidden="true" size={ICON + 4} />
          ) : (
            <ChevronUp aria-hidden="true" size={ICON + 4} />
          )}
        </button>
        <NowPlaying player={player} />

        <PlaybackControls
          state={state}
          playing={playing}
          canToggle={canToggle}
          onToggle={toggle}
          previous={() => previous.mutate()}
          next={() => next.mutate()}
        />

        <SeekSlider
          progressMs={progress}
          durationMs={item?.durationMs ?? 0}
          disabled={!item || !!disallows.seeking}
          onSeek={(ms) => seek.mutate(ms)}
        />

        <div className="player__side">
          <button
            type="button"
            className="icon-button"
            aria-expanded={queueOpen}
            aria-controls={queueOpen ? queueId : undefined}
            onClick={() => setQueueOpen((open) => !open)}
            aria-label="Queue"
            title="Queue"
          >
            <ListMusic aria-hidden="true" size={ICON} />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-expanded={ui.devicesOpen}
            aria-controls={ui.devicesOpen ? devicesId : undefined}
            onClick={() => (ui.devicesOpen ? playerUi.closeDevices() : playerUi.openDevices())}
            aria-label="Devices"
            title="Devices"
          >
            <MonitorSpeaker aria-hidden="true" size={ICON} />
          </button>
          <span className="muted player__device">
            {state ? `on ${deviceLabel(state.device)}` : 'No device active'}
          </span>
          {state && (
            <VolumeSlider
              volume={state.device.volume_percent ?? null}
              unsupported={!state.device.supports_volume}
              onVolume={(v) => volume.mutate(v)}
            />
          )}
        </div>
      </div>
    </div>
  );
}
