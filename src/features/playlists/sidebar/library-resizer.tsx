import { useRef } from 'react';
import { clampWidth, LIBRARY_WIDTH } from './library-prefs';

/**
 * The edge of Your Library: drag it to set the width. From the keyboard (and for screen
 * readers) the same width is a slider, "Your Library width", which the edge lights up for
 * while it has focus.
 */
export function LibraryResizer({
  width,
  onWidth,
}: {
  width: number;
  onWidth: (width: number) => void;
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  return (
    <>
      <input
        type="range"
        className="library__width visually-hidden"
        aria-label="Your Library width"
        aria-valuetext={`${width} pixels`}
        min={LIBRARY_WIDTH.min}
        max={LIBRARY_WIDTH.max}
        step={LIBRARY_WIDTH.step}
        value={width}
        onChange={(event) => onWidth(clampWidth(Number(event.target.value)))}
      />
      <div
        className="library__resizer"
        aria-hidden="true"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          start.current = { x: event.clientX, width };
        }}
        onPointerMove={(event) => {
          if (start.current)
            onWidth(clampWidth(start.current.width + event.clientX - start.current.x));
        }}
        onPointerUp={() => (start.current = null)}
        onPointerCancel={() => (start.current = null)}
      />
    </>
  );
}
