export function Component() {
  return (
    <main className="page" id="main">
      <title>Playlists · Spotify Library Manager</title>
      <h1>Playlists</h1>
      <p>Your playlists.</p>
    </main>
  );
}
