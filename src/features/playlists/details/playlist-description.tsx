import { useMemo } from 'react';
import { parseDescription } from '../../../lib/description';
import '../../../components/list-header.css';

/** The description as text and open.spotify.com links only (never as HTML). */
export function PlaylistDescription({ html }: { html: string | null | undefined }) {
  // The header re-renders with every page of a loading list; the description has not changed.
  const parts = useMemo(() => parseDescription(html), [html]);
  if (parts.length === 0) return null;
  return (
    <p className="playlist-header__description">
      {parts.map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noreferrer">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
