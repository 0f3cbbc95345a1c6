import { Link } from 'react-router';

export function NotFoundView() {
  return (
    <main className="page" id="main">
      <title>Not found · Spotify Library Manager</title>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. It may have been mistyped, or the playlist was removed.
      </p>
      <p>
        <Link to="/playlists">Go to your playlists</Link>
      </p>
    </main>
  );
}
