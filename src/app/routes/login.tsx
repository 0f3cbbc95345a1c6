export function Component() {
  return (
    <main className="page" id="main">
      <title>Log in · Spotify Library Manager</title>
      <h1>Log in</h1>
      <p>Log in with Spotify to see your profile, manage your playlists and control playback.</p>
    </main>
  );
}
