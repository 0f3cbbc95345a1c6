/**
 * Where to go after logging in. Only same-origin relative paths are allowed, so a crafted
 * `?from=` cannot send the user (or a code) to another site.
 */
export const DEFAULT_RETURN_PATH = '/playlists';

export function safeReturnPath(candidate: string | null | undefined): string {
  if (
    !candidate ||
    !candidate.startsWith('/') ||
    candidate.startsWith('//') ||
    candidate.includes('\\')
  ) {
    return DEFAULT_RETURN_PATH;
  }
  try {
    const url = new URL(candidate, 'http://x.invalid');
    if (
      url.origin !== 'http://x.invalid' ||
      url.pathname.startsWith('/callback') ||
      url.pathname.startsWith('/login')
    ) {
      return DEFAULT_RETURN_PATH;
    }
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_RETURN_PATH;
  }
}
