import { formatCount, formatNumber } from '../../lib/format';
import './load-progress.css';

interface LoadProgressProps {
  loaded: number;
  total: number;
  complete: boolean;
  /** "item" or "song"; its plural adds an s. */
  noun: string;
  /** Hidden while an error is shown in its place. */
  failed?: boolean;
}

/**
 * A long list's loading progress, then one announcement that every row is in. Its line
 * keeps its height when the progress goes, so the rows below do not jump up.
 */
export function LoadProgress({ loaded, total, complete, noun, failed }: LoadProgressProps) {
  return (
    <>
      <div className="load-progress">
        {!complete && !failed && total > 0 && (
          <>
            <progress max={total} value={loaded} aria-label={`Loading ${noun}s`} />
            <span className="muted">
              Loaded {formatNumber(loaded)} of {formatCount(total, noun)}
            </span>
          </>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {complete && total > 0 ? `All ${formatCount(total, noun)} loaded.` : ''}
      </p>
    </>
  );
}
