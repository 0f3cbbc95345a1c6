/**
 * What a person asked to play, as data: when no device is active the request waits in
 * the device chooser and is sent again, unchanged, to the device they pick.
 */
export interface PlayRequest {
  contextUri?: string;
  uris?: string[];
  /** Position within the context, for "play from this row". */
  offset?: number;
  /** What to call it in messages ("Road Trip", a song's title). */
  label?: string;
  /** Said once it plays, e.g. that a long list was cut to what Spotify takes at once. */
  note?: string;
}

export type PlayIntent =
  | { kind: 'play'; request: PlayRequest }
  | { kind: 'resume' }
  | { kind: 'queue'; uri: string; label: string };

/** The request in words, as the chooser's title says it: "Play Road Trip". */
export function describeIntent(intent: PlayIntent): string {
  switch (intent.kind) {
    case 'play':
      return intent.request.label ? `Play ${intent.request.label}` : 'Play';
    case 'resume':
      return 'Resume playback';
    case 'queue':
      return `Add ${intent.label} to the queue`;
  }
}

/** What is said when the chooser is closed without a device. */
export function cancelledIntent(intent: PlayIntent): string {
  switch (intent.kind) {
    case 'play':
      return `No device chosen, so ${intent.request.label ?? 'nothing'} was not played.`;
    case 'resume':
      return 'No device chosen, so playback did not resume.';
    case 'queue':
      return `No device chosen, so ${intent.label} was not added to the queue.`;
  }
}
