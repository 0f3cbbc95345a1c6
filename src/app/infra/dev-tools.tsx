import { lazy, Suspense, useEffect, useState } from 'react';
import './dev-tools.css';

// A development aid only: the import is behind import.meta.env.DEV, so the production
// bundle never contains it.
const QueryDevtoolsPanel = import.meta.env.DEV
  ? lazy(() =>
      import('@tanstack/react-query-devtools').then((m) => ({
        default: m.ReactQueryDevtoolsPanel,
      })),
    )
  : null;

/** Alt+Shift+D, chosen because neither the app nor browsers use it. */
const isToggle = (event: KeyboardEvent) => event.altKey && event.shiftKey && event.code === 'KeyD';

/**
 * React Query's devtools in development, opened and closed with Alt+Shift+D: no
 * floating button sits on top of the app's own controls (the player bar's, on phones).
 */
export function DevTools() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isToggle(event)) return;
      event.preventDefault();
      setOpen((was) => !was);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  if (!QueryDevtoolsPanel || !open) return null;
  return (
    <section className="devtools" aria-label="Query devtools (Alt+Shift+D closes)">
      <Suspense fallback={null}>
        <QueryDevtoolsPanel onClose={() => setOpen(false)} />
      </Suspense>
    </section>
  );
}
