export function Component() {
  return (
    <main className="page" id="main">
      <title>Profile · Spotify Library Manager</title>
      <h1>Profile</h1>
      <p>Your Spotify profile.</p>
    </main>
  );
}
