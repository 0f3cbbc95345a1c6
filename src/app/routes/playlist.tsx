export function Component() {
  return (
    <main className="page" id="main">
      <title>Playlist · Spotify Library Manager</title>
      <h1>Playlist</h1>
      <p>A playlist.</p>
    </main>
  );
}
