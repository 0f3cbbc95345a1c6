import { useOnline } from '../lib/use-online';
import './page-notice.css';

/**
 * The one place that says the browser is offline. Meanwhile what is on screen stays,
 * loading waits (React Query pauses queries), editing controls are unavailable with the
 * reason, and a change that starts anyway (an undo) is refused with a message; all carries
 * on by itself once the connection is back.
 */
export function OfflineNotice() {
  const online = useOnline();
  // The live region is always there, so going offline is announced when its text appears.
  return (
    <div role="status" className={online ? undefined : 'notice page-notice'}>
      {!online && (
        <>
          <strong>You are offline.</strong> What is on screen stays; changes can be made again once
          you are back online.
        </>
      )}
    </div>
  );
}
