import { useId } from 'react';
import './error-view.css';

interface ErrorViewProps {
  title: string;
  message: string;
  /** Offered as a "Try again" button when given. */
  onRetry?: () => void;
  children?: React.ReactNode;
}

/** An error shown where it happened, with a way forward; never a blank page. */
export function ErrorView({ title, message, onRetry, children }: ErrorViewProps) {
  const titleId = useId();
  return (
    <section className="error-view" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p>{message}</p>
      <div className="error-view__actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {children}
      </div>
    </section>
  );
}
