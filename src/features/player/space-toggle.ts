import { useEffect, useRef } from 'react';

/**
 * Space toggles play/pause, as in media players, unless focus is somewhere Space already
 * means something: text fields, buttons, sliders, checkboxes, links, and grid rows
 * (which keep Space for selecting).
 */
const SPACE_OWNERS =
  'input, textarea, select, button, a[href], [contenteditable=""], [contenteditable="true"], [role="slider"], [role="row"], [role="gridcell"], [role="checkbox"], [role="option"]';

export function useSpaceToggles(toggle: () => void) {
  const latest = useRef(toggle);
  useEffect(() => {
    latest.current = toggle;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.repeat || event.ctrlKey || event.metaKey || event.altKey)
        return;
      const target = event.target as Element | null;
      if (target?.closest?.(SPACE_OWNERS)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
