/**
 * On phones the player expands to a full-screen now-playing view. Whether it is expanded
 * lives in the history entry's state, so the browser's Back button collapses it, like
 * closing any other full-screen view.
 */
import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';

export function isPlayerExpanded(location: Location): boolean {
  return (location.state as { playerExpanded?: unknown } | null)?.playerExpanded === true;
}

/** Whether the player is expanded, and how to change it; Escape collapses it. */
export function usePlayerExpansion() {
  const location = useLocation();
  const navigate = useNavigate();
  const expanded = isPlayerExpanded(location);
  const collapse = useCallback(() => {
    if (expanded) void navigate(-1);
  }, [expanded, navigate]);
  // A dialog open on top keeps Escape for itself.
  useEffect(() => {
    if (!expanded) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      collapse();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [expanded, collapse]);
  return {
    expanded,
    expand: () => {
      if (!expanded) void navigate(location, { state: { playerExpanded: true } });
    },
    collapse,
  };
}
