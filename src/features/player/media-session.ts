/**
 * The Media Session API while this browser is the playing device: the system's media
 * controls and the keyboard's media keys show what plays and drive the same commands
 * as the player bar. Elsewhere (another device plays) the session is cleared, since
 * pressing a media key there should not reach into another device's playback.
 */
import { useEffect, useRef } from 'react';
import type { NowPlayingItem } from '../../domain/read-player';

export interface MediaCommands {
  play: () => void;
  pause: () => void;
  next: () => void;
  previous: () => void;
  seekTo: (ms: number) => void;
}

const ACTIONS: MediaSessionAction[] = ['play', 'pause', 'previoustrack', 'nexttrack', 'seekto'];

function session(): MediaSession | null {
  return typeof navigator !== 'undefined' && 'mediaSession' in navigator
    ? navigator.mediaSession
    : null;
}

function metadataFor(item: NowPlayingItem): MediaMetadata {
  return new MediaMetadata({
    title: item.row.title,
    artist: item.row.byline,
    album: item.album,
    artwork: item.images.map((image) => ({
      src: image.url,
      ...(image.width && image.height ? { sizes: `${image.width}x${image.height}` } : {}),
    })),
  });
}

interface MediaSessionProps {
  /** Whether this browser is the device playing. */
  active: boolean;
  item: NowPlayingItem | null;
  playing: boolean;
  progressMs: number;
  commands: MediaCommands;
}

export function useMediaSession({
  active,
  item,
  playing,
  progressMs,
  commands,
}: MediaSessionProps) {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });

  const shown = active ? item : null;
  useEffect(() => {
    const media = session();
    if (!media) return;
    media.metadata = shown ? metadataFor(shown) : null;
  }, [shown]);

  useEffect(() => {
    const media = session();
    if (!media || !active) return;
    const handlers: Record<string, MediaSessionActionHandler> = {
      play: () => latest.current.play(),
      pause: () => latest.current.pause(),
      previoustrack: () => latest.current.previous(),
      nexttrack: () => latest.current.next(),
      seekto: (details) => {
        if (details.seekTime !== undefined) latest.current.seekTo(details.seekTime * 1000);
      },
    };
    const set = (action: MediaSessionAction, handler: MediaSessionActionHandler | null) => {
      try {
        media.setActionHandler(action, handler);
      } catch {
        // A browser that does not know an action throws; the others still work.
      }
    };
    for (const action of ACTIONS) set(action, handlers[action] ?? null);
    return () => {
      for (const action of ACTIONS) set(action, null);
    };
  }, [active]);

  const durationMs = shown?.durationMs ?? 0;
  useEffect(() => {
    const media = session();
    if (!media) return;
    media.playbackState = shown ? (playing ? 'playing' : 'paused') : 'none';
    if (!shown || durationMs <= 0 || typeof media.setPositionState !== 'function') return;
    try {
      media.setPositionState({
        duration: durationMs / 1000,
        position: Math.min(progressMs, durationMs) / 1000,
        playbackRate: 1,
      });
    } catch {
      // Inconsistent figures for a moment (e.g. a track change) are not worth an error.
    }
    // Position is set when play state or item changes; the system advances it itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, playing, durationMs]);
}
