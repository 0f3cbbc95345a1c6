/*
 * Imported by the generated service worker (vite.config.ts, workbox.importScripts).
 *
 * The app's hashed files (/assets/*) are read straight from the precache by the browser,
 * without waking this worker for each one (the Service Worker Static Routing API). A
 * playlist's code is some fifty files; handing each to the worker's fetch handler cost
 * 15-55 ms a file on a 2-core machine, in a queue, on every reopen (issue 27). A file
 * missing from the precache (an old version's) goes to the network, as it did before.
 * Browsers without the API keep serving these files from the fetch handler.
 *
 * The browser looks the request up as it is, Origin header included (module scripts carry
 * one), so a host that answers these files with `Vary: Origin` makes every lookup miss
 * and the app's code come from the network, which offline fails. Our deployments' headers
 * (scripts/security-headers.ts) have none, and the preview server's are off (vite.config.ts);
 * the offline journey checks the files come from the cache.
 */
self.addEventListener('install', (event) => {
  if (!('addRoutes' in event)) return;
  // Workbox's precache: "workbox-precache-v2-" and the worker's scope (its default name).
  const cacheName = `workbox-precache-v2-${self.registration.scope}`;
  event.waitUntil(
    event
      .addRoutes({
        condition: { urlPattern: new URLPattern({ pathname: '/assets/*' }), requestMethod: 'get' },
        source: { cacheName },
      })
      // A browser that refuses the route keeps the fetch handler: nothing to undo.
      .catch(() => undefined),
  );
});
