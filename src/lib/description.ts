/**
 * Playlist descriptions come as HTML-ish text: entities (&amp;, &#x27;) and sometimes
 * links. They are parsed inertly (DOMParser documents run no scripts and load nothing)
 * and flattened to text, keeping only links to open.spotify.com. Components render the
 * parts as React text and <a> elements, never as HTML.
 */
export type DescriptionPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const DROPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'NOSCRIPT']);

/** An https://open.spotify.com/... URL, or null for anything else (javascript:, other hosts). */
export function spotifyLink(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' &&
      url.hostname === 'open.spotify.com' &&
      !url.username &&
      !url.password
      ? url.toString()
      : null;
  } catch {
    return null;
  }
}

export function parseDescription(raw: string | null | undefined): DescriptionPart[] {
  if (!raw) return [];
  const doc = new DOMParser().parseFromString(`<body>${raw}</body>`, 'text/html');
  const parts: DescriptionPart[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === 'text') last.text += text;
    else parts.push({ kind: 'text', text });
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) pushText(child.textContent ?? '');
      else if (child instanceof Element) {
        if (DROPPED_ELEMENTS.has(child.tagName)) continue;
        if (child.tagName === 'BR') pushText(' ');
        else if (child.tagName === 'A') {
          const href = spotifyLink(child.getAttribute('href'));
          const text = child.textContent ?? '';
          if (href && text.trim()) parts.push({ kind: 'link', text, href });
          else pushText(text);
        } else walk(child);
      }
    }
  };
  walk(doc.body);
  return parts;
}

/** The description as plain text (for filtering, titles). */
export function descriptionText(raw: string | null | undefined): string {
  return parseDescription(raw)
    .map((p) => p.text)
    .join('');
}
