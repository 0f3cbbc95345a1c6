import { useEffect } from 'react';
import { PREMIUM_MESSAGE } from './mutations';
import { playerUi, usePlayerUi } from './player-ui';
import { useWebPlayback } from './web-playback/web-playback';

/** The player's messages: a status for screen readers, Premium, autoplay, and errors. */
export function PlayerNotices() {
  const ui = usePlayerUi();
  const browser = useWebPlayback();
  // Messages stay until the next command, or 8 s.
  useEffect(() => {
    if (!ui.message) return;
    const timer = setTimeout(playerUi.clearMessage, 8000);
    return () => clearTimeout(timer);
  }, [ui.message]);
  return (
    <>
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
    </>
  );
}
