/**
 * The Media Session API for jsdom, which has none: `navigator.mediaSession` and
 * `MediaMetadata` as the W3C spec describes them, plus `press(action)` so a test can do
 * what a media key or the system's media controls do.
 */
class TestMediaMetadata {
  title: string;
  artist: string;
  album: string;
  artwork: readonly MediaImage[];
  constructor(init: MediaMetadataInit = {}) {
    this.title = init.title ?? '';
    this.artist = init.artist ?? '';
    this.album = init.album ?? '';
    this.artwork = init.artwork ?? [];
  }
}

export class TestMediaSession {
  metadata: MediaMetadata | null = null;
  playbackState: MediaSessionPlaybackState = 'none';
  position: MediaPositionState | null = null;
  private handlers = new Map<MediaSessionAction, MediaSessionActionHandler>();

  setActionHandler(action: MediaSessionAction, handler: MediaSessionActionHandler | null) {
    if (handler) this.handlers.set(action, handler);
    else this.handlers.delete(action);
  }
  setPositionState(state?: MediaPositionState) {
    this.position = state ?? null;
  }
  hasHandler(action: MediaSessionAction): boolean {
    return this.handlers.has(action);
  }
  /** What the browser does when the person presses a media key. */
  press(action: MediaSessionAction, details: Partial<MediaSessionActionDetails> = {}) {
    const handler = this.handlers.get(action);
    if (!handler) throw new Error(`No handler for ${action}`);
    handler({ action, ...details });
  }
  reset() {
    this.metadata = null;
    this.playbackState = 'none';
    this.position = null;
    this.handlers.clear();
  }
}

export const testMediaSession = new TestMediaSession();

export function installMediaSession() {
  Object.defineProperty(navigator, 'mediaSession', {
    configurable: true,
    value: testMediaSession,
  });
  Object.defineProperty(globalThis, 'MediaMetadata', {
    configurable: true,
    value: TestMediaMetadata,
  });
}
