import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { undoHistory, useUndoHistory, type Toast } from './undo-store';
import './undo-toast.css';

/** How long a toast stays: long enough to read it, longer when it offers Undo. */
export const TOAST_MS = { plain: 5_000, undo: 10_000 } as const;

function isTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element.isContentEditable || element.tagName === 'TEXTAREA') return true;
  return (
    element.tagName === 'INPUT' &&
    !['checkbox', 'radio', 'button'].includes((element as HTMLInputElement).type)
  );
}

/**
 * The latest results of changes (at most three), the newest last; the newest change's
 * offers Undo. Each leaves after a while, except while the pointer is over the stack or
 * focus is in it (WCAG 2.2.1: the person can take their time); leaving the page takes
 * them away. Ctrl+Z (Cmd+Z) undoes the latest change anywhere but in a text field, where
 * it keeps undoing typing.
 */
export function UndoToast() {
  const { toasts, entries } = useUndoHistory();
  const { pathname } = useLocation();
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const shownOn = useRef(pathname);

  useEffect(() => {
    if (shownOn.current === pathname) return;
    shownOn.current = pathname;
    undoHistory.leavePage();
  }, [pathname]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey)
        return;
      // Not in text fields (they undo typing) nor behind an open dialog.
      if (isTextField(event.target) || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      if (undoHistory.undo()) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const paused = held.pointer || held.focus;
  // Only the newest change offers Undo: changes are undone newest first, as with Ctrl+Z.
  const undoable = toasts.findLast(
    (toast) => toast.undoId !== null && entries.some((entry) => entry.id === toast.undoId),
  )?.id;
  return (
    <div
      className="toast-region"
      role="status"
      aria-live="polite"
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget))
          setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} undoable={toast.id === undoable} paused={paused} />
      ))}
    </div>
  );
}

function ToastItem({
  toast,
  undoable,
  paused,
}: {
  toast: Toast;
  undoable: boolean;
  paused: boolean;
}) {
  useToastTimer(toast.id, undoable ? TOAST_MS.undo : TOAST_MS.plain, paused);
  return (
    <div className="toast">
      <span>{toast.text}</span>
      {undoable && (
        <button
          type="button"
          className="button"
          aria-keyshortcuts="Control+Z"
          onClick={() => undoHistory.undo(toast.undoId!)}
        >
          Undo
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        aria-label="Dismiss message"
        onClick={() => undoHistory.dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

/** Dismisses the toast after `ms` of being shown unpaused; a pause keeps what is left. */
function useToastTimer(id: number, ms: number, paused: boolean) {
  const left = useRef(ms);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => undoHistory.dismiss(id), left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(0, left.current - (Date.now() - started));
    };
  }, [id, paused]);
}
