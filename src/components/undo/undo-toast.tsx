import { useEffect } from 'react';
import { undoHistory, useUndoHistory } from './undo-store';
import './undo-toast.css';

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
 * The result of the latest playlist change, with Undo. Ctrl+Z (Cmd+Z) undoes the latest
 * change anywhere but in a text field, where it keeps undoing typing.
 */
export function UndoToast() {
  const { toast, entries } = useUndoHistory();
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

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span>{toast.text}</span>
          {toast.undoId !== null && entries.some((entry) => entry.id === toast.undoId) && (
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
            onClick={() => undoHistory.dismiss()}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
