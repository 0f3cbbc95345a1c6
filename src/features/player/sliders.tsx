import { useEffect, useId, useRef, useState } from 'react';
import { formatDuration } from '../../lib/format';

/** Wait this long after the last change before sending (dragging or holding an arrow key). */
const COMMIT_DELAY_MS = 300;

/**
 * A native range input (keyboard steps, accessible name and value for free) that shows
 * the dragged value at once and sends only the value it settles on.
 */
function useDraftValue(value: number, commit: (value: number) => void) {
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (next: number) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      commit(next);
      setDraft(null);
    }, COMMIT_DELAY_MS);
  };
  return [draft ?? value, change] as const;
}

export function SeekSlider({
  progressMs,
  durationMs,
  disabled,
  onSeek,
}: {
  progressMs: number;
  durationMs: number;
  disabled: boolean;
  onSeek: (ms: number) => void;
}) {
  const [value, change] = useDraftValue(progressMs, onSeek);
  return (
    <div className="seek">
      <span className="seek__time" aria-hidden="true">
        {formatDuration(value)}
      </span>
      <input
        type="range"
        aria-label="Seek"
        min={0}
        max={Math.max(durationMs, 1)}
        step={5000}
        value={Math.min(value, durationMs)}
        aria-valuetext={`${formatDuration(value)} of ${formatDuration(durationMs)}`}
        disabled={disabled}
        onChange={(e) => change(Number(e.target.value))}
      />
      <span className="seek__time" aria-hidden="true">
        {formatDuration(durationMs)}
      </span>
    </div>
  );
}

export function VolumeSlider({
  volume,
  unsupported,
  onVolume,
}: {
  volume: number | null;
  unsupported: boolean;
  onVolume: (percent: number) => void;
}) {
  const [value, change] = useDraftValue(volume ?? 0, onVolume);
  const reasonId = useId();
  return (
    <div className="volume">
      <input
        type="range"
        aria-label="Volume"
        min={0}
        max={100}
        step={5}
        value={value}
        aria-valuetext={unsupported ? 'Not adjustable' : `${value}%`}
        disabled={unsupported}
        aria-describedby={unsupported ? reasonId : undefined}
        onChange={(e) => change(Number(e.target.value))}
      />
      {unsupported && (
        <span id={reasonId} className="volume__reason">
          This device does not let apps change its volume
        </span>
      )}
    </div>
  );
}
