import { Search, X } from 'lucide-react';
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
 * and says how many match. Ctrl+F (Cmd+F) or / focuses it, Escape or its clear button
 * clears it. The field keeps its width whatever is typed: the count sits inside it, so
 * nothing beside it moves.
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
  const clear = () => {
    onQuery('');
    input.current?.focus();
  };
  const count =
    matches === null
      ? ''
      : `${formatCount(matches, 'match', 'matches')}${complete ? '' : ` in the ${formatNumber(searched)} loaded so far`}`;
  return (
    <div
      className={query ? 'find-field find-field--active' : 'find-field'}
      role="search"
      aria-label={label}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Search className="find-field__icon" size={16} aria-hidden="true" />
      <input
        ref={input}
        id={id}
        type="search"
        placeholder="Find in list"
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
      {/* Seen: the short count; heard: the whole of it, as it changes. */}
      <span className="find-field__count muted" aria-hidden="true">
        {matches === null ? '' : formatNumber(matches)}
      </span>
      <span className="visually-hidden" role="status">
        {count}
      </span>
      {query && (
        <button
          type="button"
          className="find-field__clear icon-button"
          aria-label="Clear the search"
          title="Clear the search"
          onClick={clear}
        >
          <X size={16} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
