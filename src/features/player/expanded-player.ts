/**
 * On phones the player expands to a full-screen now-playing view. Whether it is expanded
 * lives in the history entry's state, so the browser's Back button collapses it, like
 * closing any other full-screen view.
 */
import { useLocation, useNavigate, type Location } from 'react-router';

export function isPlayerExpanded(location: Location): boolean {
  return (location.state as { playerExpanded?: unknown } | null)?.playerExpanded === true;
}

export function usePlayerExpansion() {
  const location = useLocation();
  const navigate = useNavigate();
  const expanded = isPlayerExpanded(location);
  return {
    expanded,
    expand: () => {
      if (!expanded) void navigate(location, { state: { playerExpanded: true } });
    },
    collapse: () => {
      if (expanded) void navigate(-1);
    },
  };
}
