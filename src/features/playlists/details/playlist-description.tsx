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
  // Whether the two lines cut anything, read when the browser lays the text out (a
  // ResizeObserver calls after layout, so none is forced) and again when its size changes.
  // Read while React commits, it made the browser lay the whole page out inside the
  // commit's task (17 ms in a Lighthouse trace of Road Trip on a phone). "Read more" lies
  // over the end of the second line, out of the flow, so its coming a frame later moves
  // nothing (in the flow, it pushed the list down: issue 27's CLS).
  useLayoutEffect(() => {
    const element = text.current;
    if (!element || expanded || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setCut(element.scrollHeight > element.clientHeight + 1),
    );
    observer.observe(element);
    return () => observer.disconnect();
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
          className={`link-button${expanded ? '' : ' playlist-header__more'}`}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          <span>{expanded ? 'Read less' : 'Read more'}</span>
        </button>
      )}
    </div>
  );
}
