import { useEffect, useState } from 'react';
import { PREMIUM_MESSAGE } from './mutations';
import { usePlayerAccount } from './player-account';
import { playerUi, usePlayerUi } from './player-ui';
import { useWebPlayback } from './web-playback/web-playback';

/** The player's messages: a status for screen readers, Premium, autoplay, and errors. */
export function PlayerNotices() {
  const ui = usePlayerUi();
  const browser = useWebPlayback();
  const premiumNotice = usePremiumNotice();
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
      {ui.premiumRequired && premiumNotice.shown && (
        // Inserted once, so it is announced once; it stays as the explanation until the
        // person dismisses it (for this account: later refusals are toasts).
        <div className="player__notice player__premium notice">
          <p role="alert">{PREMIUM_MESSAGE}</p>
          <button
            type="button"
            className="button button--quiet"
            aria-label="Dismiss the Premium notice"
            onClick={premiumNotice.dismiss}
          >
            ×
          </button>
        </div>
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

const premiumNoticeKey = (account: string) => `slm.premiumNoticeDismissed.${account}`;

/** Whether the Premium notice is shown: until dismissed, remembered per account. */
function usePremiumNotice() {
  const account = usePlayerAccount();
  const [dismissedBy, setDismissedBy] = useState<string | null>(null);
  const dismissed =
    dismissedBy === (account ?? '') ||
    (!!account && localStorage.getItem(premiumNoticeKey(account)) === 'yes');
  return {
    shown: !dismissed,
    dismiss: () => {
      if (account) localStorage.setItem(premiumNoticeKey(account), 'yes');
      setDismissedBy(account ?? '');
    },
  };
}
