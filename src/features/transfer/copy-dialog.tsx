import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Dialog } from '../../components/dialog';
import { formatCount, formatNumber } from '../../lib/format';
import { addableUris } from './copy-merge';
import { addInOrder, stopMessage } from './restore';
import { RunActions } from './run-actions';

interface CopyDialogProps {
  /** "Road Trip" or "3 songs from Road Trip", for the title. */
  what: string;
  defaultName: string;
  uris: (string | null)[];
  onClose: () => void;
  onCreated: () => void;
}

/**
 * "Copy to a new playlist…": a new private playlist with the same items (or the
 * selection), in order, through the resumable add path. Local files and unavailable
 * items cannot be added and are counted.
 */
export function CopyDialog({ what, defaultName, uris, onClose, onCreated }: CopyDialogProps) {
  const nameId = useId();
  const [name, setName] = useState(defaultName);
  // One job per dialog: "Resume" continues it.
  const [key] = useState(
    () => `copy.${Date.now()}.${crypto.getRandomValues(new Uint32Array(1))[0]}`,
  );
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'running'; added: number; total: number }
    | { kind: 'stopped'; message: string }
    | { kind: 'done'; playlistId: string; added: number; gone: number }
  >({ kind: 'idle' });
  const addable = addableUris(uris);

  const run = async () => {
    try {
      const { playlistId, gone } = await addInOrder({
        key,
        target: {
          create: { name: name.trim(), description: null, public: false, collaborative: false },
        },
        uris: addable.uris,
        onProgress: (added, total) => setState({ kind: 'running', added, total }),
      });
      onCreated();
      setState({
        kind: 'done',
        playlistId,
        added: addable.uris.length - gone.length,
        gone: gone.length,
      });
    } catch (error) {
      onCreated();
      setState({ kind: 'stopped', message: stopMessage('The copy', error) });
    }
  };

  return (
    <Dialog title={`Copy ${what} to a new playlist`} onClose={onClose}>
      {state.kind === 'done' ? (
        <p role="status">
          Copied {formatCount(state.added, 'item')} to{' '}
          <Link to={`/playlists/${state.playlistId}`} onClick={onClose}>
            {name}
          </Link>
          .
          {state.gone > 0 &&
            ` ${formatCount(state.gone, 'song')} Spotify no longer has could not be copied.`}
        </p>
      ) : (
        <>
          <label htmlFor={nameId}>Name of the new playlist</label>
          <input
            id={nameId}
            value={name}
            disabled={state.kind !== 'idle'}
            onChange={(event) => setName(event.target.value)}
          />
          <p className="muted">
            {formatCount(addable.uris.length, 'item')} will be copied, private.
            {addable.skipped > 0 &&
              ` ${formatCount(addable.skipped, 'local file or unavailable item', 'local files or unavailable items')} can't be added and will be left out.`}
          </p>
          {state.kind === 'running' && (
            <p role="status">
              Copying {formatNumber(state.added)} of {formatCount(state.total, 'item')}…
            </p>
          )}
          {state.kind === 'stopped' && <p role="alert">{state.message}</p>}
        </>
      )}
      <RunActions
        phase={state.kind}
        label="Copy"
        ready={!!name.trim()}
        onRun={run}
        onClose={onClose}
      />
    </Dialog>
  );
}
