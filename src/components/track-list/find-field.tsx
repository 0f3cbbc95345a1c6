import { useEffect, useId, useRef } from 'react';
import { formatCount, formatNumber } from '../../lib/format';
import './find-field.css';

interface FindFieldProps {
  /** "Find in Road Trip". */
  label: string;
  query: string;
  onQuery: (query: string) => void;
  /** Matches among the rows searched (null while nothing is typed). */
  matches: number | null;
  /** Rows searched so far, and whether that is all of them. */
  searched: number;
  complete: boolean;
}

function inTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName))
  );
}

/**
 * Find in a list: filters as you type (title, artists, album; accents and case ignored)
 * and says how many match. Ctrl+F (Cmd+F) or / focuses it, Escape clears it.
 */
export function FindField({ label, query, onQuery, matches, searched, complete }: FindFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const find = event.key.toLowerCase() === 'f' && (event.ctrlKey || event.metaKey);
      const slash = event.key === '/' && !inTextField(event.target);
      if (!(find || slash) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div className="find-field" role="search">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        placeholder={`${label}…`}
        aria-keyshortcuts="Control+F /"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            onQuery('');
          }
        }}
      />
      <span className="muted find-field__count" role="status">
        {matches === null
          ? ''
          : `${formatCount(matches, 'match', 'matches')}${complete ? '' : ` in the ${formatNumber(searched)} loaded so far`}`}
      </span>
    </div>
  );
}
