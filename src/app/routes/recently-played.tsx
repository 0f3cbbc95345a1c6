export function Component() {
  return (
    <main className="page" id="main">
      <title>Recently played · Spotify Library Manager</title>
      <h1>Recently played</h1>
      <p>What you listened to lately.</p>
    </main>
  );
}
