import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Playback } from '../../domain/read-player';
import { playerQueries } from './queries';

/**
 * Where playback is now: progress_ms plus the time since the state arrived while playing,
 * capped at the item's length. (Local receive time rather than Spotify's `timestamp`,
 * which is server time and skews with the device clock.)
 */
export function interpolateProgress(
  state: Pick<Playback, 'progress_ms' | 'is_playing' | 'item'>,
  receivedAt: number,
  now: number,
): number {
  const base = state.progress_ms ?? 0;
  const duration = state.item?.durationMs ?? Infinity;
  if (!state.is_playing) return Math.min(base, duration);
  return Math.min(base + Math.max(0, now - receivedAt), duration);
}

const TICK_MS = 250;

/** Progress that moves smoothly between polls; at the end of the item the state is refetched. */
export function usePlaybackProgress(
  state: Playback | null | undefined,
  receivedAt: number,
): number {
  const [now, setNow] = useState(() => Date.now());
  const queryClient = useQueryClient();
  const playing = !!state?.is_playing;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const progress = state ? interpolateProgress(state, receivedAt, Math.max(now, receivedAt)) : 0;
  const ended = playing && !!state?.item && progress >= state.item.durationMs;
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: playerQueries.state().queryKey });
  }, [ended, queryClient]);
  return progress;
}
