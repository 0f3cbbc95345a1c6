import { useId, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../api/errors';
import { Dialog } from '../../components/dialog';
import { formatCount, formatNumber } from '../../lib/format';
import { UNAVAILABLE_TITLE } from '../../domain/track-row';
import { readBackupFile, type Backup } from './backup-format';
import { fileName, itemsCsv } from './csv-export';
import { downloadFile } from './download';
import {
  RestoreInterrupted,
  restorePlan,
  restorePlaylist,
  unfinishedRestore,
  type RestoreOutcome,
} from './restore';
import { RunActions } from './run-actions';
import { describeLibrary } from './library-zip';
import { restoreSaved, savedUris } from './restore-saved';

/** What the running and stopped states call the library's albums, artists and podcasts. */
const LIBRARY_NAME = 'your albums, artists and podcasts';

type Stage =
  | { kind: 'choose' }
  | { kind: 'running'; name: string; added: number; total: number }
  | { kind: 'stopped'; name: string; message: string; added: number; total: number }
  | { kind: 'done'; results: Done[]; saved: string | null };

interface Done extends RestoreOutcome {
  name: string;
}

/** The playlists of a backup that can be restored (Spotify shared their items). */
const restorableOf = (backup: Backup) =>
  backup.playlists.flatMap((playlist, i) => (playlist.itemsShared ? [i] : []));

/**
 * Pick one of our JSON backups, choose which of its playlists to restore, and watch
 * them come back as new playlists; a stopped restore can be resumed, and what could not
 * be restored is listed (and offered as CSV).
 */
export function RestoreDialog({
  onClose,
  onRestored,
}: {
  onClose: () => void;
  onRestored: () => void;
}) {
  const fileId = useId();
  const [backup, setBackup] = useState<Backup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  // The backup's albums, artists and podcasts: saved and followed again when chosen; how
  // many were sent, so a resume sends only the rest.
  const [withLibrary, setWithLibrary] = useState(false);
  const [savedSent, setSavedSent] = useState(0);
  const libraryText = backup?.library ? describeLibrary(backup.library) : '';

  const readFile = async (file: File | undefined) => {
    setBackup(null);
    setProblem(null);
    if (!file) return;
    try {
      const read = await readBackupFile(new Uint8Array(await file.arrayBuffer()));
      setBackup(read);
      setChosen(new Set(restorableOf(read)));
      setWithLibrary(!!read.library && describeLibrary(read.library) !== '');
      setSavedSent(0);
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const run = async () => {
    if (!backup) return;
    const results: Done[] = [];
    for (const index of [...chosen].sort((a, b) => a - b)) {
      const source = backup.playlists[index]!;
      try {
        const outcome = await restorePlaylist(backup.exportedAt, source, (added, total) =>
          setStage({ kind: 'running', name: source.name, added, total }),
        );
        results.push({ name: source.name, ...outcome });
        setChosen((current) => new Set([...current].filter((i) => i !== index)));
      } catch (error) {
        const cause = error instanceof RestoreInterrupted ? error.cause : error;
        setStage({
          kind: 'stopped',
          name: source.name,
          message: describeError(cause),
          added: error instanceof RestoreInterrupted ? error.added : 0,
          total: error instanceof RestoreInterrupted ? error.total : 0,
        });
        onRestored();
        return;
      }
    }
    let saved: string | null = null;
    if (withLibrary && backup.library) {
      const uris = savedUris(backup.library);
      let sent = savedSent;
      try {
        await restoreSaved(uris, sent, (done) => {
          sent = done;
          setSavedSent(done);
          setStage({ kind: 'running', name: LIBRARY_NAME, added: done, total: uris.length });
        });
      } catch (error) {
        setStage({
          kind: 'stopped',
          name: LIBRARY_NAME,
          message: describeError(error),
          added: sent,
          total: uris.length,
        });
        onRestored();
        return;
      }
      saved = describeLibrary(backup.library);
      setWithLibrary(false);
    }
    onRestored();
    setStage({ kind: 'done', results, saved });
  };

  return (
    <Dialog title="Restore from a backup" onClose={onClose}>
      {stage.kind === 'choose' && (
        <>
          <label htmlFor={fileId}>
            Backup file (JSON made by Export, or the zip from Export everything)
          </label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json,application/zip,.zip"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
          {problem && (
            <p role="alert" className="form-error">
              {problem}
            </p>
          )}
          {backup && (
            <fieldset>
              <legend>Playlists to restore (each becomes a new playlist)</legend>
              {/* A whole library's backup lists every playlist: restoring one starts here. */}
              <div className="form__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => setChosen(new Set(restorableOf(backup)))}
                >
                  Choose all
                </button>
                <button type="button" className="button" onClick={() => setChosen(new Set())}>
                  Choose none
                </button>
              </div>
              {backup.playlists.map((playlist, i) => {
                const { adding, notRestored } = restorePlan(playlist.items);
                const unfinished = unfinishedRestore(backup.exportedAt, playlist);
                return (
                  <label key={i} className="duplicate-copy">
                    <input
                      type="checkbox"
                      disabled={!playlist.itemsShared}
                      checked={chosen.has(i)}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.target.checked) next.add(i);
                        else next.delete(i);
                        setChosen(next);
                      }}
                    />
                    <span>
                      {playlist.name} · {formatCount(adding.length, 'item')}
                      {notRestored.length > 0 && ` (${notRestored.length} can't be restored)`}
                      {!playlist.itemsShared && ' · its items were not shared by Spotify'}
                      {unfinished && ' · resumes where it stopped'}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          )}
          {backup && libraryText && (
            <label className="duplicate-copy">
              <input
                type="checkbox"
                checked={withLibrary}
                onChange={(event) => setWithLibrary(event.target.checked)}
              />
              <span>Save and follow again: {libraryText}</span>
            </label>
          )}
        </>
      )}
      {stage.kind === 'running' && (
        <p role="status">
          Restoring {stage.name}: {formatNumber(stage.added)} of {formatCount(stage.total, 'item')}…
        </p>
      )}
      {stage.kind === 'stopped' && (
        <div role="alert">
          <p>
            Restoring {stage.name} stopped after {formatNumber(stage.added)} of{' '}
            {formatCount(stage.total, 'item')}: {stage.message}
          </p>
          <p>Resume adds only what is missing; nothing is added twice.</p>
        </div>
      )}
      {stage.kind === 'done' && (
        <RestoreReport results={stage.results} saved={stage.saved} onClose={onClose} />
      )}
      {stage.kind !== 'done' && (
        <RunActions
          phase={stage.kind}
          label="Restore"
          ready={!!backup && (chosen.size > 0 || withLibrary)}
          onRun={run}
          onClose={onClose}
          hidesWhileRunning
        />
      )}
    </Dialog>
  );
}

function RestoreReport({
  results,
  saved,
  onClose,
}: {
  results: Done[];
  /** "10 albums, 8 artists and 2 podcasts" when they were saved again. */
  saved: string | null;
  onClose: () => void;
}) {
  const missing = results.flatMap((r) => r.notRestored);
  return (
    <>
      <ul role="status">
        {results.map((result) => (
          <li key={result.playlistId}>
            <Link to={`/playlists/${result.playlistId}`} onClick={onClose}>
              {result.name}
            </Link>{' '}
            restored: {formatCount(result.added, 'item')}
            {result.cover === 'restored' && ', with its cover'}
            {result.cover === 'failed' && ' (its cover could not be copied)'}
            {result.notRestored.length > 0 &&
              `; ${formatCount(result.notRestored.length, 'item')} could not be restored`}
            .
          </li>
        ))}
        {saved && <li>Saved and followed again: {saved}.</li>}
      </ul>
      {missing.length > 0 && (
        <>
          <p>
            Not restored: local files (the Web API cannot add them; add them again from
            Spotify&apos;s desktop app) and items Spotify no longer has.
          </p>
          <ul className="muted">
            {missing.slice(0, 20).map((item, i) => (
              <li key={i}>
                {item.title || UNAVAILABLE_TITLE}
                {item.artists && ` · ${item.artists}`} (
                {item.type === 'local'
                  ? 'local file'
                  : item.type === 'unavailable'
                    ? 'unavailable'
                    : 'Spotify no longer has it'}
                )
              </li>
            ))}
            {missing.length > 20 && <li>and {missing.length - 20} more</li>}
          </ul>
        </>
      )}
      <div className="form__actions">
        {missing.length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void itemsCsv(missing).then((csv) =>
                downloadFile(fileName('not restored', 'csv'), 'text/csv;charset=utf-8', csv),
              )
            }
          >
            Download this list (CSV)
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
