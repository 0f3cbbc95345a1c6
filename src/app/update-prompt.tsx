import { useRegisterSW } from 'virtual:pwa-register/react';
import '../components/page-notice.css';

/**
 * The service worker (vite-plugin-pwa) keeps the app's code for opening offline. A new
 * version is never swapped in under the person: it waits until they choose Reload here
 * (the page reloads with the new code) or Later (it takes over once every tab is closed).
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  return (
    <div role="status" className={needRefresh ? 'notice page-notice' : undefined}>
      {needRefresh && (
        <>
          <p>A new version is ready.</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void updateServiceWorker(true)}
            >
              Reload
            </button>
            <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
              Later
            </button>
          </div>
        </>
      )}
    </div>
  );
}
