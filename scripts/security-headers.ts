/**
 * The one source of the app's security headers: the Content Security Policy (from the
 * backends a build talks to), and the headers every response carries. The build puts the
 * policy in index.html (a <meta>, see securityHeadersPlugin) and writes the static-host
 * files next to the site; `npm run deploy:config` writes deploy/ from the same functions.
 */
import type { Plugin } from 'vite';

const SPOTIFY_ACCOUNTS = 'https://accounts.spotify.com';
const SPOTIFY_API = 'https://api.spotify.com';
/** The Web Playback SDK's script and the frame it plays in (playing in this browser). */
const SPOTIFY_SDK = 'https://sdk.scdn.co';
/** Cover art: i.scdn.co, mosaic.scdn.co, image-cdn-*.spotifycdn.com and the like. */
const SPOTIFY_IMAGES = ['https://*.scdn.co', 'https://*.spotifycdn.com'];

export interface Backends {
  /** The emulator's origin, in demo builds (VITE_EMULATOR_URL). */
  emulator?: string;
}

type Directives = [string, string[]][];

function directives({ emulator }: Backends): Directives {
  const demo = emulator ? [new URL(emulator).origin] : [];
  return [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", SPOTIFY_SDK, ...demo]],
    ['style-src', ["'self'"]],
    // Covers from Spotify's CDNs (and the emulator's), previews of a picked file (blob:, data:).
    ['img-src', ["'self'", 'data:', 'blob:', ...SPOTIFY_IMAGES, ...demo]],
    // The Web API and Accounts; cover images are read back when a backup is restored. 'self':
    // the service worker, which this policy also covers, fetches the app's own files.
    [
      'connect-src',
      ["'self'", SPOTIFY_ACCOUNTS, SPOTIFY_API, SPOTIFY_SDK, ...SPOTIFY_IMAGES, ...demo],
    ],
    ['frame-src', [SPOTIFY_SDK]],
    // The service worker (sw.js), the app's Web Workers (export files, reading list pages,
    // which fetches from the Web API under connect-src) and the manifest, all the app's own.
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', [SPOTIFY_ACCOUNTS, ...demo]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/**
 * The policy as a header, or (`meta`) for a <meta> tag, which browsers ignore
 * frame-ancestors in: that one needs the header, which the deploy configuration sends.
 */
export function contentSecurityPolicy(backends: Backends, { meta = false } = {}): string {
  return directives(backends)
    .filter(([name]) => !(meta && name === 'frame-ancestors'))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Every response's security headers. */
export function securityHeaders(backends: Backends): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(backends),
    // The callback URL carries the authorization code: it must never leave in a Referer.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // Only what playing in this browser needs (inside Spotify's SDK frame); nothing else.
    'Permissions-Policy': [
      `autoplay=(self "${SPOTIFY_SDK}")`,
      `encrypted-media=(self "${SPOTIFY_SDK}")`,
      'camera=()',
      'microphone=()',
      'geolocation=()',
      'payment=()',
      'usb=()',
    ].join(', '),
  };
}

/** Hashed assets never change; index.html (and deep links, which are index.html) always asked again. */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
export const PAGE_CACHE = 'no-cache';

/** `_headers` for static hosts that read one (Netlify, Cloudflare Pages). */
export function staticHostHeaders(backends: Backends): string {
  const lines = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '/*',
    ...lines(securityHeaders(backends)),
    `  Cache-Control: ${PAGE_CACHE}`,
    '/assets/*',
    `  Cache-Control: ${ASSET_CACHE}`,
    '',
  ].join('\n');
}

/** `_redirects`: every path that is not a file is the app (deep links: /callback, /playlists/…). */
export const STATIC_HOST_REDIRECTS = '/*  /index.html  200\n';

/** An nginx server block (the nginx image reads it from /etc/nginx/conf.d/). */
export function nginxConfig(backends: Backends): string {
  // nginx drops the server's add_header lines in any location that has its own: each
  // location repeats them.
  const headers = (cache: string) =>
    Object.entries({ ...securityHeaders(backends), 'Cache-Control': cache })
      .map(
        ([name, value]) => `        add_header ${name} "${value.replaceAll('"', '\\"')}" always;`,
      )
      .join('\n');
  return `# Written by \`npm run deploy:config\` from scripts/security-headers.ts: change it there.
server {
    listen 80;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml;

    # Hashed file names: a changed file is a new name, so these are cached for good.
    location /assets/ {
${headers(ASSET_CACHE)}
        try_files $uri =404;
    }

    # Files that exist are served; every other path is the app (deep links).
    location / {
${headers(PAGE_CACHE)}
        try_files $uri /index.html;
    }
}
`;
}

/** Puts the policy in the built index.html and the static-host files next to it. */
export function securityHeadersPlugin(backends: Backends): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(backends, { meta: true }),
        },
        injectTo: 'head-prepend',
      },
      {
        tag: 'meta',
        attrs: { name: 'referrer', content: 'no-referrer' },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeaders(backends) });
      this.emitFile({ type: 'asset', fileName: '_redirects', source: STATIC_HOST_REDIRECTS });
    },
  };
}
