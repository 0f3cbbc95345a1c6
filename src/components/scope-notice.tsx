import { useLocation } from 'react-router';
import { askForMoreScopes } from '../auth/scope-upgrade';

interface ScopeNoticeProps {
  title: string;
  /** What the permission is for, in a sentence. */
  children: React.ReactNode;
  /** The button's text, e.g. "Allow Liked Songs". */
  action: string;
}

/**
 * For a session from before a feature's scope was added: says what is missing and offers
 * a new login asking for it, coming back to this page.
 */
export function ScopeNotice({ title, children, action }: ScopeNoticeProps) {
  const location = useLocation();
  return (
    <section className="notice" aria-label={title}>
      <h2>{title}</h2>
      <p>{children}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void askForMoreScopes(location.pathname + location.search)}
      >
        {action}
      </button>
    </section>
  );
}
