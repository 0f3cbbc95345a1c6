export function Component() {
  return (
    <main className="page" id="main">
      <title>Logging in · Spotify Library Manager</title>
      <h1>Logging in</h1>
      <p>Finishing your Spotify login…</p>
    </main>
  );
}
