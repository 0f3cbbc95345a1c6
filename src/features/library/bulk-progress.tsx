import { formatCount, formatNumber } from '../../lib/format';
import type { BulkProgress } from './save-mutations';

/** "Saving 40 of 120 songs…" while a selection is saved or removed in batches. */
export function BulkProgressText({ progress }: { progress: BulkProgress }) {
  return (
    <span className="muted" role="status">
      {progress.save ? 'Saving' : 'Removing'} {formatNumber(progress.done)} of{' '}
      {formatCount(progress.total, 'song')}…
    </span>
  );
}
