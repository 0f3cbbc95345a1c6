import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../api/errors';
import type { CurrentUser } from '../../api/spotify-types';
import { endSession } from '../../auth/token-store';
import { CoverImage, pickImage } from '../../components/cover-image';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { displayName, userQueries } from './queries';
import './profile-page.css';

/**
 * Who is logged in. Uses only the fields Development Mode still returns (no country,
 * email, product or followers, docs/spotify-api.md#object-shapes). `stats` renders under the card.
 */
export function ProfilePage({ stats }: { stats?: (user: CurrentUser) => React.ReactNode }) {
  const { data: user, error, isPending, refetch } = useQuery(userQueries.me());
  return (
    <main className="page page--narrow" id="main">
      <title>Profile · Spotify Library Manager</title>
      <h1>Profile</h1>
      {isPending ? (
        <PageLoading label="Loading your profile…" />
      ) : error ? (
        <ErrorView
          title="Your profile could not be loaded"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : (
        <section className="card profile" aria-label="Your Spotify account">
          <CoverImage
            url={pickImage(user.images, 300)}
            label={displayName(user)}
            size={128}
            className="cover--round"
          />
          <div className="profile__text">
            <h2>{displayName(user)}</h2>
            <p className="muted">
              User ID: <code>{user.id}</code>
            </p>
            {user.external_urls?.spotify && (
              <p>
                <a href={user.external_urls.spotify} target="_blank" rel="noreferrer">
                  Open your profile on Spotify
                </a>
              </p>
            )}
            {stats?.(user)}
            <button type="button" className="button" onClick={() => endSession('logout')}>
              Log out
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
