import { useEffect, useRef } from 'react';

interface RetryAlertProps {
  message: React.ReactNode;
  /** Absent: nothing to try again, only Dismiss. */
  onRetry?: () => void;
  retryLabel?: string;
  /** Why Try again waits (e.g. the playlist is being re-read): shown on the button. */
  busyLabel?: string | null;
  onDismiss: () => void;
}

/**
 * A failure said where it happened, with the way on: "Try again" (or the label given) and
 * "Dismiss". It scrolls into view when it appears: on a phone the action that failed may
 * have been pressed at the foot of the screen (the toast's Undo).
 */
export function RetryAlert({
  message,
  onRetry,
  retryLabel = 'Try again',
  busyLabel,
  onDismiss,
}: RetryAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <div className="notice notice--error" role="alert" ref={ref}>
      <p>{message}</p>
      <div className="form__actions">
        {onRetry && (
          <button type="button" className="button" disabled={!!busyLabel} onClick={onRetry}>
            {busyLabel ?? retryLabel}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
