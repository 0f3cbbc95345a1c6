import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Dialog, DialogDismiss } from '../../components/dialog';
import { SongList } from '../../components/song-list';
import type { TrackRow } from '../../domain/track-row';
import { formatCount, formatMoment, formatNumber } from '../../lib/format';
import { historyQueries } from './history-queries';
import { diffVersions, summarize } from './version-diff';
import { MAX_ENTRIES, MAX_VERSIONS, type VersionMeta } from './version-store';
import './version-history.css';

export interface VersionHistoryProps {
  playlistId: string;
  playlistName: string;
  /** The version the playlist has now, as the page shows it. */
  snapshot: string;
  /** The playlist's rows now. */
  rows: TrackRow[];
  /** Why Restore waits (items loading, offline), or null. */
  restoreReason: string | null;
  /** Puts the playlist back to `target` through the change engine (undoable). */
  onRestore: (target: TrackRow[], message: string) => void;
  onClose: () => void;
}

const when = (version: VersionMeta) => formatMoment(new Date(version.seenAt).toISOString());

function describeVersion(version: VersionMeta, first: boolean): string {
  const changed = version.changes ? summarize(version.changes) : '';
  const what = changed || (first ? 'first version kept' : 'details changed');
  return `${what} · ${formatCount(version.total, 'item')}`;
}

/**
 * Version history: every version of this playlist the app kept, newest first, with what
 * each changed; a diff of any two (added, removed, moved, with their songs); and Restore
 * this version. Reads only the local history, so it works offline.
 */
export function VersionHistoryDialog(props: VersionHistoryProps) {
  const { playlistId, playlistName, onClose } = props;
  const history = useQuery(historyQueries.versions(playlistId));
  return (
    <Dialog title={`Version history of ${playlistName}`} onClose={onClose}>
      {history.isPending ? (
        <p role="status">Reading the history…</p>
      ) : history.isError ? (
        <p role="alert">The history could not be read in this browser.</p>
      ) : !history.data || history.data.versions.length === 0 ? (
        <p>
          No version is kept yet. One is kept each time this app loads or changes the playlist
          {history.data ? '' : ' (this browser keeps nothing for this site, as in private mode)'}.
        </p>
      ) : (
        <Versions {...props} versions={history.data.versions} stored={history.data.stored} />
      )}
      <DialogDismiss label="Close" onClick={onClose} />
    </Dialog>
  );
}

function Versions({
  versions,
  stored,
  ...props
}: VersionHistoryProps & { versions: VersionMeta[]; stored: number }) {
  const newestFirst = useMemo(() => [...versions].reverse(), [versions]);
  const [selected, setSelected] = useState(newestFirst[0]!.snapshot);
  const index = newestFirst.findIndex((v) => v.snapshot === selected);
  const version = newestFirst[Math.max(0, index)]!;
  const older = newestFirst[index + 1];
  const [compareTo, setCompareTo] = useState<string | null>(null);
  const base = newestFirst.find((v) => v.snapshot === compareTo && v !== version) ?? older ?? null;
  const isNow = version.snapshot === props.snapshot;
  return (
    <div className="version-history">
      <fieldset className="version-history__list">
        <legend>Versions, newest first</legend>
        {newestFirst.map((v, i) => (
          <label key={v.snapshot} className="version-history__version">
            <input
              type="radio"
              name="version"
              checked={v === version}
              onChange={() => {
                setSelected(v.snapshot);
                setCompareTo(null);
              }}
            />
            <span>
              <strong>{when(v)}</strong>
              {v.snapshot === props.snapshot && ' (the playlist now)'}
              <span className="muted">
                {' '}
                · {describeVersion(v, i === newestFirst.length - 1)}
                {v.made
                  ? ` · made in this app${v.made.by ? ` by ${v.made.by}` : ''}: ${v.made.message}`
                  : ' · seen'}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted">
        Kept in this browser: the last {MAX_VERSIONS} versions of each playlist and up to{' '}
        {formatNumber(MAX_ENTRIES)} entries in all ({formatNumber(stored)} now); the oldest go
        first.
      </p>
      {newestFirst.length > 1 && (
        <label className="version-history__compare">
          Compare with{' '}
          <select
            value={base?.snapshot ?? ''}
            onChange={(event) => setCompareTo(event.target.value)}
          >
            {newestFirst
              .filter((v) => v !== version)
              .map((v) => (
                <option key={v.snapshot} value={v.snapshot}>
                  {when(v)}
                  {v.snapshot === props.snapshot ? ' (now)' : ''}
                </option>
              ))}
          </select>
        </label>
      )}
      <VersionDetail {...props} version={version} base={base} isNow={isNow} />
    </div>
  );
}

function VersionDetail({
  version,
  base,
  isNow,
  ...props
}: VersionHistoryProps & { version: VersionMeta; base: VersionMeta | null; isNow: boolean }) {
  const rows = useQuery(historyQueries.rows(props.playlistId, version));
  const baseRows = useQuery({ ...historyQueries.rows(props.playlistId, base), enabled: !!base });
  const diff = useMemo(
    () => (rows.data && baseRows.data ? diffVersions(baseRows.data, rows.data) : null),
    [rows.data, baseRows.data],
  );
  const lost = useMemo(
    () => (rows.data ? missingLocalFiles(rows.data, props.rows) : []),
    [rows.data, props.rows],
  );
  if (rows.isError || baseRows.isError)
    return <p role="alert">This version could not be read from the history.</p>;
  if (!rows.data || (base && !baseRows.data)) return <p role="status">Reading this version…</p>;
  const restore = () =>
    props.onRestore(
      rows.data,
      `Restored ${props.playlistName} to its version of ${when(version)}.`,
    );
  return (
    <section className="version-history__detail" aria-label={`Version of ${when(version)}`}>
      {diff && base && (
        <>
          <h3>
            {base.seenAt < version.seenAt ? 'Changes from' : 'Changes back from'} {when(base)} to
            this version
          </h3>
          {summarize({
            added: diff.added.length,
            removed: diff.removed.length,
            moved: diff.moved.length,
          }) === '' ? (
            <p>The same items, in the same order{version.name !== base.name ? '; renamed' : ''}.</p>
          ) : (
            <>
              <ChangedRows label="Added" rows={diff.added} />
              <ChangedRows label="Removed" rows={diff.removed} />
              <ChangedRows label="Moved" rows={diff.moved} />
            </>
          )}
        </>
      )}
      {lost.length > 0 && (
        <>
          <p>
            {formatCount(lost.length, 'local file')} of this version{' '}
            {lost.length === 1 ? 'is' : 'are'} no longer in the playlist. Apps cannot add local
            files, so a restore leaves {lost.length === 1 ? 'it' : 'them'} out:
          </p>
          <SongList label="Local files a restore leaves out" rows={lost} />
        </>
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={isNow || !!props.restoreReason}
          onClick={restore}
        >
          Restore this version
        </button>
        {(isNow || props.restoreReason) && (
          <span className="muted">
            {isNow ? 'The playlist is this version now.' : props.restoreReason}
          </span>
        )}
      </div>
    </section>
  );
}

function ChangedRows({ label, rows }: { label: string; rows: TrackRow[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h4>
        {label} ({formatNumber(rows.length)})
      </h4>
      <SongList label={label} rows={rows} />
    </>
  );
}

/** Local files of a version that the playlist no longer has (copies counted). */
function missingLocalFiles(version: TrackRow[], now: TrackRow[]): TrackRow[] {
  const have = new Map<string, number>();
  for (const row of now) if (row.uri) have.set(row.uri, (have.get(row.uri) ?? 0) + 1);
  return version.filter((row) => {
    if (row.kind !== 'local' || !row.uri) return false;
    const left = have.get(row.uri) ?? 0;
    have.set(row.uri, left - 1);
    return left <= 0;
  });
}
