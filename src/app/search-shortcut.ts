import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_FIELD_ID, SEARCH_PATH } from '../components/catalog-links';

/** Typing goes to these: "/" there is a character, not the shortcut. */
const typingIn = (target: EventTarget | null) =>
  target instanceof Element &&
  !!target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');

/**
 * Ctrl+K (⌘K), or "/" where nothing is being typed, from any signed-in page: to the search
 * page, its field focused (and its text selected, to type a new search). Left to the
 * browser inside dialogs, which own their keys.
 */
export function useSearchShortcut() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const modified = event.ctrlKey || event.metaKey;
      const slash = event.key === '/' && !modified && !typingIn(event.target);
      if (!slash && (event.key.toLowerCase() !== 'k' || !modified)) return;
      if (event.altKey || (!slash && event.shiftKey)) return;
      if ((event.target as Element | null)?.closest?.('dialog')) return;
      event.preventDefault();
      const field = document.getElementById(SEARCH_FIELD_ID);
      if (field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      } else void navigate(SEARCH_PATH);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);
}
