/** The Accounts service's HTML: the consent page and the plain error page. */
import { SCOPE_DESCRIPTIONS } from './scopes';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

const STYLE = `body{font-family:system-ui,sans-serif;background:#121212;color:#f2f2f2;margin:0;display:grid;place-items:center;min-height:100vh}
main{max-width:34rem;padding:2rem;background:#1c1c1c;border-radius:12px}
h1{font-size:1.5rem}ul{padding-left:1.2rem}li{margin:.3rem 0}
.actions{display:flex;gap:1rem;margin-top:1.5rem}
button{font:inherit;font-weight:700;padding:.6rem 1.6rem;border-radius:999px;border:1px solid #777;background:transparent;color:#f2f2f2;cursor:pointer}
button[value=allow]{background:#1ed760;color:#0b0b0b;border-color:#1ed760}
button:focus-visible{outline:3px solid #8ab4ff;outline-offset:2px}
.muted{color:#b3b3b3}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function consentPage(input: {
  appName: string;
  userName: string;
  scopes: string[];
  params: Record<string, string>;
}): string {
  const hidden = Object.entries(input.params)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  const scopes = input.scopes.length
    ? `<ul>${input.scopes.map((s) => `<li>${escape(SCOPE_DESCRIPTIONS[s] ?? s)}</li>`).join('')}</ul>`
    : '<p>Only your public information.</p>';
  return page(
    `Connect ${input.appName} to Spotify`,
    `<h1>${escape(input.appName)} wants to connect to your Spotify account</h1>
<p class="muted">Logged in as ${escape(input.userName)} (Spotify emulator).</p>
<h2>It will be able to:</h2>${scopes}
<form method="post" action="/authorize">${hidden}
<div class="actions"><button type="submit" name="decision" value="allow">Agree</button><button type="submit" name="decision" value="deny">Cancel</button></div>
</form>`,
  );
}

export function errorPage(message: string): string {
  return page('Error', `<h1>Something went wrong</h1><p role="alert">${escape(message)}</p>`);
}
