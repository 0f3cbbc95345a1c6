import { nginxConfig, STATIC_HOST_REDIRECTS, staticHostHeaders } from './security-headers';

/** deploy/'s generated files: a production deploy talks to Spotify only. */
export function deployFiles(): Record<string, string> {
  return {
    'nginx.conf': nginxConfig({}),
    _headers: staticHostHeaders({}),
    _redirects: STATIC_HOST_REDIRECTS,
  };
}
