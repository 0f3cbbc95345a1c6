import { useId, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../api/errors';
import { Dialog } from '../../components/dialog';
import { formatCount, formatNumber } from '../../lib/format';
import { readImportCsv } from './csv-import';
import { ImportReview, matchRows, type Line } from './import-review';
import { addInOrder, stopMessage } from './restore';
import { RunActions } from './run-actions';

export function ImportDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: () => void;
}) {
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
      const rows = await readImportCsv(await file.text());
      const searching = rows.filter((row) => !row.uri && !row.unusable);
      setStatus(
        searching.length ? `Searching Spotify for ${formatCount(searching.length, 'song')}…` : null,
      );
      setLines(await matchRows(rows));
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
          setStatus(`Adding ${formatNumber(added)} of ${formatCount(total, 'song')}…`),
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
              <ImportReview lines={lines} onLines={setLines} />
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
        onRun={importNow}
        onClose={onClose}
      />
    </Dialog>
  );
}
