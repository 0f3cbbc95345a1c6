import { useId, useState } from 'react';
import { Link } from 'react-router';
import { searchCatalog } from '../../api/search';
import { describeError } from '../../api/errors';
import { Dialog } from '../../components/dialog';
import { itemRow } from '../../domain/track-row';
import { concurrencyLimit } from '../../lib/concurrency';
import { formatCount, formatDuration } from '../../lib/format';
import { bestMatch, readImportCsv, type Candidate, type ImportRow } from './csv-import';
import { addInOrder, stopMessage } from './restore';
import { RunActions } from './run-actions';

async function searchCandidates(row: ImportRow): Promise<Candidate[]> {
  const artist = row.artists.split(/\s*[,;&]\s*/)[0];
  const q = `track:"${row.title.replace(/"/g, '')}"${artist ? ` artist:"${artist.replace(/"/g, '')}"` : ''}`;
  const { tracks } = await searchCatalog(q, ['track']);
  return tracks
    .map((item) => itemRow(item))
    .filter((r) => r.kind === 'track' && r.uri)
    .map((r) => ({ uri: r.uri!, title: r.title, artists: r.byline, durationMs: r.durationMs }));
}

interface Line {
  row: ImportRow;
  match: Candidate | null;
  include: boolean;
}

/**
 * "Import from CSV…": rows with a Spotify URI are taken as they are; the others are
 * searched (10 results each, best by title, artists and length) and shown for a yes or
 * no before anything is added, into a new playlist.
 */
export function ImportButton({ onCreated }: { onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Import from CSV…
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} onCreated={onCreated} />}
    </>
  );
}

function ImportDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const fileId = useId();
  const nameId = useId();
  const [lines, setLines] = useState<Line[] | null>(null);
  const [name, setName] = useState('Imported playlist');
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ playlistId: string; added: number; gone: number } | null>(
    null,
  );
  const [key] = useState(() => `import.${Date.now()}`);

  const readFile = async (file: File | undefined) => {
    setLines(null);
    setProblem(null);
    if (!file) return;
    setName(file.name.replace(/\.csv$/i, '') || 'Imported playlist');
    try {
      const rows = readImportCsv(await file.text());
      const searching = rows.filter((row) => !row.uri && !row.unusable);
      setStatus(
        searching.length ? `Searching Spotify for ${formatCount(searching.length, 'song')}…` : null,
      );
      const run = concurrencyLimit(4);
      const matches = await Promise.all(
        rows.map((row) =>
          row.uri || row.unusable
            ? Promise.resolve(null)
            : run(() => searchCandidates(row)).then((found) => bestMatch(row, found)),
        ),
      );
      setLines(
        rows.map((row, i) => ({
          row,
          match: matches[i] ?? null,
          include: !!row.uri || !!matches[i],
        })),
      );
      setStatus(null);
    } catch (error) {
      setStatus(null);
      setProblem(describeError(error));
    }
  };

  const chosen = (lines ?? []).filter((line) => line.include && (line.row.uri || line.match));
  const importNow = async () => {
    setProblem(null);
    try {
      const { playlistId, gone } = await addInOrder({
        key,
        target: {
          create: { name: name.trim(), description: null, public: false, collaborative: false },
        },
        uris: chosen.map((line) => line.row.uri ?? line.match!.uri),
        onProgress: (added, total) =>
          setStatus(`Adding ${added.toLocaleString()} of ${formatCount(total, 'song')}…`),
      });
      onCreated();
      setStatus(null);
      setDone({ playlistId, added: chosen.length - gone.length, gone: gone.length });
    } catch (error) {
      onCreated();
      setStatus(null);
      setProblem(stopMessage('The import', error));
    }
  };

  const searched = (lines ?? []).filter((line) => !line.row.uri && !line.row.unusable);
  const unusable = (lines ?? []).filter((line) => line.row.unusable);
  return (
    <Dialog title="Import a playlist from CSV" onClose={onClose}>
      {done ? (
        <p role="status">
          Imported {formatCount(done.added, 'song')} into{' '}
          <Link to={`/playlists/${done.playlistId}`} onClick={onClose}>
            {name}
          </Link>
          .
          {done.gone > 0 &&
            ` ${formatCount(done.gone, 'song')} Spotify no longer has could not be added.`}
        </p>
      ) : (
        <>
          <label htmlFor={fileId}>
            CSV file (ours, or one with a URI or title and artist column)
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
          {status && <p role="status">{status}</p>}
          {problem && (
            <p role="alert" className="form-error">
              {problem}
            </p>
          )}
          {lines && (
            <>
              <p>
                {formatCount(lines.length - searched.length - unusable.length, 'row')} with a
                Spotify URI, added as they are.
                {unusable.length > 0 &&
                  ` ${formatCount(unusable.length, 'row')} can't be imported.`}
              </p>
              {searched.length > 0 && (
                <fieldset>
                  <legend>Found by searching: check before adding</legend>
                  <div className="merge-sources">
                    {searched.map((line) => (
                      <label key={line.row.line} className="duplicate-copy">
                        <input
                          type="checkbox"
                          disabled={!line.match}
                          checked={line.include}
                          onChange={(event) =>
                            setLines(
                              lines.map((l) =>
                                l === line ? { ...l, include: event.target.checked } : l,
                              ),
                            )
                          }
                        />
                        <span>
                          Line {line.row.line}: {line.row.title}
                          {line.row.artists && ` · ${line.row.artists}`} →{' '}
                          {line.match
                            ? `${line.match.title} · ${line.match.artists} · ${formatDuration(line.match.durationMs)}`
                            : 'no match found'}
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              )}
              {unusable.length > 0 && (
                <ul className="muted">
                  {unusable.slice(0, 10).map((line) => (
                    <li key={line.row.line}>
                      Line {line.row.line}: {line.row.title || 'untitled'}: {line.row.unusable}
                    </li>
                  ))}
                </ul>
              )}
              <label htmlFor={nameId}>Name of the new playlist</label>
              <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
            </>
          )}
        </>
      )}
      {/* A problem with no lines read is the file's, not a stopped import. */}
      <RunActions
        phase={done ? 'done' : status ? 'running' : problem && lines ? 'stopped' : 'ready'}
        label={`Import ${formatCount(chosen.length, 'song')}`}
        ready={chosen.length > 0 && !!name.trim()}
        onRun={() => void importNow()}
        onClose={onClose}
      />
    </Dialog>
  );
}
