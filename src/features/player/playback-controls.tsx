import { Pause, Play, Repeat, Repeat1, Shuffle, SkipBack, SkipForward } from 'lucide-react';
import { useId } from 'react';
import type { Playback } from '../../domain/read-player';
import { REPEAT_CYCLE, REPEAT_LABEL, useSetRepeat, useSetShuffle } from './mutations';

/**
 * Shuffle, Previous, Play/Pause, Next and Repeat as icons, each named (and with a tooltip)
 * as before, each off when Spotify disallows it.
 */
/** The player's icon size, in px. */
export const ICON = 18;

export function PlaybackControls({
  state,
  playing,
  canToggle,
  onToggle,
  previous,
  next,
}: {
  state: Playback | null | undefined;
  playing: boolean;
  canToggle: boolean;
  onToggle: () => void;
  previous: () => void;
  next: () => void;
}) {
  const shuffle = useSetShuffle();
  const repeat = useSetRepeat();
  const item = state?.item ?? null;
  const disallows = state?.actions?.disallows ?? {};
  return (
    <div className="player__controls" role="group" aria-label="Playback">
      <button
        type="button"
        className="icon-button"
        onClick={() => shuffle.mutate(!state?.shuffle_state)}
        aria-pressed={!!state?.shuffle_state}
        disabled={!item || !!disallows.toggling_shuffle}
        aria-label="Shuffle"
        title="Shuffle"
      >
        <Shuffle aria-hidden="true" size={ICON} />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={previous}
        disabled={!item || !!disallows.skipping_prev}
        aria-label="Previous"
        title="Previous"
      >
        <SkipBack aria-hidden="true" size={ICON} />
      </button>
      <button
        type="button"
        className="icon-button icon-button--main"
        onClick={onToggle}
        disabled={!canToggle}
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause' : 'Play'}
      >
        {playing ? (
          <Pause aria-hidden="true" size={ICON} fill="currentColor" />
        ) : (
          <Play aria-hidden="true" size={ICON} fill="currentColor" />
        )}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={next}
        disabled={!item || !!disallows.skipping_next}
        aria-label="Next"
        title="Next"
      >
        <SkipForward aria-hidden="true" size={ICON} />
      </button>
      <RepeatButton
        state={state}
        disabled={!item || !!(disallows.toggling_repeat_context && disallows.toggling_repeat_track)}
        onRepeat={(mode) => repeat.mutate(mode)}
      />
    </div>
  );
}

function RepeatButton({
  state,
  disabled,
  onRepeat,
}: {
  state: Playback | null | undefined;
  disabled: boolean;
  onRepeat: (mode: Playback['repeat_state']) => void;
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
        aria-label="Repeat"
        title={REPEAT_LABEL[mode]}
      >
        {mode === 'track' ? (
          <Repeat1 aria-hidden="true" size={ICON} />
        ) : (
          <Repeat aria-hidden="true" size={ICON} />
        )}
      </button>
      {/* The mode is seen in the icon and its colour, and heard as the button's description. */}
      <span id={stateId} className="visually-hidden">
        {REPEAT_LABEL[mode]}
      </span>
    </>
  );
}
