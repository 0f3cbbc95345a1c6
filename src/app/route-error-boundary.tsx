import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { describeError, isNotFound } from '../api/errors';
import { ErrorView } from '../components/error-view';
import { NotFoundView } from './not-found-view';

/**
 * Every route's errorElement: a readable message and a retry instead of a blank page.
 * "Try again" revalidates, which re-runs loaders and lets React Router reset the
 * boundary once revalidation settles.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();

  // A 404 from the router, or Spotify's 404/400 for a page's own resource (unknown or malformed id).
  if ((isRouteErrorResponse(error) && error.status === 404) || isNotFound(error))
    return <NotFoundView />;

  // A failed dynamic import (e.g. a new deployment replaced the chunk) only recovers by
  // loading the page again.
  const chunkFailed =
    error instanceof TypeError && /dynamically imported module/i.test(error.message);
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : chunkFailed
      ? 'Part of the app could not be loaded. Reload the page to get the latest version.'
      : describeError(error);

  return (
    <main className="page" id="main">
      <ErrorView
        title="This page could not be shown"
        message={message}
        onRetry={() => (chunkFailed ? window.location.reload() : void revalidator.revalidate())}
      >
        <Link to="/playlists">Go to your playlists</Link>
      </ErrorView>
    </main>
  );
}
