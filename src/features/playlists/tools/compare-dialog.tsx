import { useState } from 'react';
import { describeError } from '../../../api/errors';
import { Dialog } from '../../../components/dialog';
import { SongList } from '../../../components/song-list';
import { isAddable, type TrackRow } from '../../../domain/track-row';
import { formatCount, formatNumber } from '../../../lib/format';
import { comparePlaylists, type Comparison } from './compare';
import './playlist-tools.css';

export interface CompareChoice {
  id: string;
  name: string;
  /** Songs can be added to it (yours, or collaborative). */
  editable: boolean;
}

interface CompareDialogProps {
  choices: CompareChoice[];
  load: (id: string) => Promise<TrackRow[]>;
  /** Adds the rows at the end of the playlist (an undoable change); settles when it has. */
  onAdd: (target: CompareChoice, rows: TrackRow[]) => Promise<void>;
  onClose: () => void;
}

/**
 * Compare two playlists: what both have, what only one has (the same song by link or by
 * recording), and Add the missing to either one you can change.
 */
export function CompareDialog({ choices, load, onAdd, onClose }: CompareDialogProps) {
  const [a, setA] = useState(choices[0]?.id ?? '');
  const [b, setB] = useState(choices[1]?.id ?? '');
  const [state, setState] = useState<
    | { kind: 'choose' }
    | { kind: 'reading' }
    | { kind: 'failed'; message: string }
    | { kind: 'compared'; a: CompareChoice; b: CompareChoice; result: Comparison }
  >({ kind: 'choose' });
  const choice = (id: string) => choices.find((c) => c.id === id)!;
  const compare = async () => {
    setState({ kind: 'reading' });
    try {
      const [rowsA, rowsB] = await Promise.all([load(a), load(b)]);
      setState({
        kind: 'compared',
        a: choice(a),
        b: choice(b),
        result: comparePlaylists(rowsA, rowsB),
      });
    } catch (error) {
      setState({ kind: 'failed', message: describeError(error) });
    }
  };
  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <label className="compare__pick">
      {label}{' '}
      <select
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setState({ kind: 'choose' });
        }}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Dialog title="Compare two playlists" onClose={onClose}>
      <div className="compare__picks">
        {picker('First playlist', a, setA)}
        {picker('Second playlist', b, setB)}
      </div>
      {state.kind === 'reading' && <p role="status">Reading both playlists…</p>}
      {state.kind === 'failed' && <p role="alert">{state.message}</p>}
      {state.kind === 'compared' && (
        <Compared {...state} onAdd={onAdd} onDone={() => void compare()} />
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!a || !b || a === b}
          aria-disabled={state.kind === 'reading' || undefined}
          onClick={() => state.kind !== 'reading' && void compare()}
        >
          Compare
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function Compared({
  a,
  b,
  result,
  onAdd,
  onDone,
}: {
  a: CompareChoice;
  b: CompareChoice;
  result: Comparison;
  onAdd: CompareDialogProps['onAdd'];
  onDone: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const add = (target: CompareChoice, rows: TrackRow[]) => {
    if (adding) return;
    setAdding(true);
    void onAdd(target, rows).finally(() => {
      setAdding(false);
      onDone();
    });
  };
  const part = (label: string, rows: TrackRow[], target: CompareChoice | null) => {
    const addable = rows.filter(isAddable);
    return (
      <section aria-label={label}>
        <h3>
          {label} ({formatNumber(rows.length)})
        </h3>
        {rows.length > 0 && <SongList label={label} rows={rows} />}
        {target?.editable && addable.length > 0 && (
          <button
            type="button"
            className="button"
            aria-disabled={adding || undefined}
            onClick={() => add(target, addable)}
          >
            Add the {formatCount(addable.length, 'missing song')} to {target.name}
          </button>
        )}
      </section>
    );
  };
  return (
    <div className="compare__result">
      {part('In both', result.both, null)}
      {part(`Only in ${a.name}`, result.onlyA, b)}
      {part(`Only in ${b.name}`, result.onlyB, a)}
    </div>
  );
}
