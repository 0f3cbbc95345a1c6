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
              onClick={() => void reloadWithNewVersion(updateServiceWorker)}
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

/**
 * Reload always reloads. With a new version waiting, it is told to take over and the page
 * reloads once it controls the page (the plugin reloads then too, but only in a page that
 * was already controlled when it registered). With none waiting (it took over already: a
 * version found while the last tab was going activates at once), there is nothing to wait
 * for, and the plugin's message alone would leave the prompt on screen, doing nothing.
 */
async function reloadWithNewVersion(skipWaiting: (reload: boolean) => Promise<void>) {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  await skipWaiting(true);
}
