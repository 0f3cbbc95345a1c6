import type { TrackRow } from '../../domain/track-row';
import { useHasScopes } from '../../auth/scope-upgrade';
import { BulkProgressText } from './bulk-progress';
import { useBulkSave } from './save-mutations';
import '../../components/track-list/selection-toolbar.css';

/**
 * "Save to Liked Songs" and "Remove from Liked Songs" for a playlist's selection, inside
 * its toolbar (tabIndex -1: the toolbar's arrow keys reach them). Songs already in the
 * asked state are skipped, so Undo reverses exactly what changed.
 */
export function SelectionSaveButtons({ rows }: { rows: TrackRow[] }) {
  const allowed = useHasScopes('user-library-read', 'user-library-modify');
  const bulk = useBulkSave();
  if (!allowed) return null;
  const busy = !!bulk.progress;
  return (
    <>
      {([true, false] as const).map((save) => (
        <button
          key={String(save)}
          type="button"
          className="button"
          tabIndex={-1}
          disabled={busy}
          onClick={() => bulk.run(rows, save)}
        >
          {save ? 'Save to Liked Songs' : 'Remove from Liked Songs'}
        </button>
      ))}
      {bulk.progress && <BulkProgressText progress={bulk.progress} />}
      {bulk.failure && (
        <span role="alert" className="selection-toolbar__failure">
          {bulk.failure.message}{' '}
          <button type="button" className="button" tabIndex={-1} onClick={bulk.retry}>
            Try again
          </button>
        </span>
      )}
    </>
  );
}
