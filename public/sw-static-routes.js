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
 *
 * Requests to other origins (Spotify's answers and cover images) go to the network
 * without the worker as well: it never keeps them, yet each woke its fetch handler to be
 * let through, a hundred times for one screen of covers. Measured from a page it
 * controls, 300 image requests (6 at once) took 1,135 ms through the handler and 1,061 ms
 * routed past it (medians of 6, 2-core machine), and the worker's thread no longer
 * competes with the page's for the two cores while a screen of covers loads.
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
  // Everything not on this worker's own origin (scheme, host and port).
  event.waitUntil(
    event
      .addRoutes({
        condition: {
          not: {
            urlPattern: new URLPattern({
              protocol: self.location.protocol.slice(0, -1),
              hostname: self.location.hostname,
              port: self.location.port,
            }),
          },
        },
        source: 'network',
      })
      .catch(() => undefined),
  );
});
