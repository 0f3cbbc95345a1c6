import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { parseDescription } from '../../../lib/description';
import '../../../components/list-header.css';

/**
 * The description as text and open.spotify.com links only (never as HTML). On phones it is
 * held to two lines, with "Read more" for the rest when there is more (list-header.css).
 */
export function PlaylistDescription({ html }: { html: string | null | undefined }) {
  // The header re-renders with every page of a loading list; the description has not changed.
  const parts = useMemo(() => parseDescription(html), [html]);
  const text = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  // Whether the two lines cut anything: measured, and again when the window's width changes.
  useLayoutEffect(() => {
    const element = text.current;
    if (!element || expanded) return;
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [expanded, parts]);
  if (parts.length === 0) return null;
  return (
    <div className="playlist-header__description">
      <p ref={text} className={expanded ? undefined : 'playlist-header__clamped'}>
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
      {(cut || expanded) && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Read less' : 'Read more'}
        </button>
      )}
    </div>
  );
}
