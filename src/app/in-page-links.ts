import { useEffect } from 'react';
import { useNavigate } from 'react-router';

/**
 * Plain links marked `data-route` (components/catalog-links.tsx) open their page in the app
 * on a plain click, as react-router's Link would; a click with a modifier key or another
 * button, or one something else already handled, is left to the browser (a new tab).
 */
export function useInPageLinks() {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[data-route]');
      const href = link?.getAttribute('href');
      if (!href?.startsWith('/')) return;
      event.preventDefault();
      void navigate(href);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate]);
}
