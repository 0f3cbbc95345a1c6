import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_FIELD_ID, SEARCH_PATH } from '../components/catalog-links';

/**
 * Ctrl+K (⌘K) from any signed-in page: to the search page, its field focused (and its text
 * selected, to type a new search). Left to the browser inside dialogs, which own their keys.
 */
export function useSearchShortcut() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.shiftKey) return;
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
