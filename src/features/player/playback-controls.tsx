import { useId } from 'react';
import type { Playback } from '../../domain/read-player';
import { REPEAT_CYCLE, REPEAT_LABEL, useSetRepeat, useSetShuffle } from './mutations';

/** Shuffle, Previous, Play/Pause, Next and Repeat, each off when Spotify disallows it. */
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
      >
        Shuffle
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={previous}
        disabled={!item || !!disallows.skipping_prev}
      >
        Previous
      </button>
      <button
        type="button"
        className="icon-button icon-button--main"
        onClick={onToggle}
        disabled={!canToggle}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={next}
        disabled={!item || !!disallows.skipping_next}
      >
        Next
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
      >
        Repeat
      </button>
      <span id={stateId} className="player__repeat-state">
        {REPEAT_LABEL[mode]}
      </span>
    </>
  );
}
