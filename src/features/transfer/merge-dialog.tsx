import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Dialog } from '../../components/dialog';
import { formatCount, formatNumber } from '../../lib/format';
import { mergeUris } from './copy-merge';
import { addInOrder, stopMessage } from './restore';
import { MergeFields, type Target } from './merge-fields';
import { RunActions } from './run-actions';

export interface MergeCandidate {
  id: string;
  name: string;
  /** Spotify shares its items (yours, or one you collaborate on). */
  readable: boolean;
  /** You may add to it. */
  editable: boolean;
}

export interface MergeDialogProps {
  playlists: MergeCandidate[];
  /** Every item URI of a playlist, in order (the whole list, not a page). */
  loadUris: (id: string) => Promise<(string | null)[]>;
  onClose: () => void;
  onChanged: () => void;
}

/**
 * "Merge playlists…": several playlists into a new one or one of yours, in the order
 * chosen, with
 * "Skip songs already there" on by default (a song in the target, or in an earlier
 * source, is not added again). Through the resumable add path.
 */
export function MergeDialog({ playlists, loadUris, onClose, onChanged }: MergeDialogProps) {
  const queryClient = useQueryClient();
  const [sources, setSources] = useState<string[]>([]);
  const [target, setTarget] = useState<Target>({ kind: 'new', name: 'Merged playlist' });
  const [skip, setSkip] = useState(true);
  const [key] = useState(() => `merge.${Date.now()}`);
  const planned = useRef<ReturnType<typeof mergeUris> | null>(null);
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'running'; text: string }
    | { kind: 'stopped'; message: string }
    | { kind: 'done'; playlistId: string; name: string; text: string }
  >({ kind: 'idle' });
  const editable = playlists.filter((p) => p.editable);
  const readable = playlists.filter((p) => p.readable);

  const run = async () => {
    try {
      setState({ kind: 'running', text: 'Reading the playlists…' });
      // In the order chosen, leaving out the target itself.
      const chosen = sources
        .map((id) => readable.find((p) => p.id === id))
        .filter((p) => p !== undefined)
        .filter((p) => !(target.kind === 'existing' && p.id === target.id));
      // Planned once: a resumed merge adds exactly what was planned, not a new plan
      // against a playlist it has already half filled.
      if (!planned.current) {
        const lists = await Promise.all(chosen.map((p) => loadUris(p.id)));
        const existing = target.kind === 'existing' ? await loadUris(target.id) : [];
        planned.current = mergeUris(lists, existing, skip);
      }
      const plan = planned.current;
      const { playlistId, gone } = await addInOrder({
        key,
        target:
          target.kind === 'new'
            ? {
                create: {
                  name: target.name.trim(),
                  description: null,
                  public: false,
                  collaborative: false,
                },
              }
            : { playlistId: target.id },
        uris: plan.uris,
        queryClient,
        onProgress: (added, total) =>
          setState({
            kind: 'running',
            text: `Adding ${formatNumber(added)} of ${formatCount(total, 'item')}…`,
          }),
      });
      onChanged();
      const name =
        target.kind === 'new'
          ? target.name.trim()
          : (playlists.find((p) => p.id === target.id)?.name ?? '');
      setState({
        kind: 'done',
        playlistId,
        name,
        text: `Added ${formatCount(plan.uris.length - gone.length, 'item')} from ${formatCount(chosen.length, 'playlist')}${plan.skipped ? `; ${plan.skipped} already there were skipped` : ''}${plan.unaddable ? `; ${plan.unaddable} local or unavailable could not be added` : ''}${gone.length ? `; ${gone.length} Spotify no longer has were left out` : ''}.`,
      });
    } catch (error) {
      onChanged();
      setState({ kind: 'stopped', message: stopMessage('The merge', error) });
    }
  };

  const ready =
    sources.length > 0 && (target.kind === 'existing' ? !!target.id : !!target.name.trim());
  return (
    <Dialog title="Merge playlists" onClose={onClose}>
      {state.kind === 'done' ? (
        <p role="status">
          <Link to={`/playlists/${state.playlistId}`} onClick={onClose}>
            {state.name}
          </Link>
          : {state.text}
        </p>
      ) : (
        <>
          <MergeFields
            playlists={readable}
            editable={editable}
            sources={sources}
            onSources={setSources}
            target={target}
            onTarget={setTarget}
            disabled={state.kind !== 'idle'}
          />
          <label className="duplicate-copy">
            <input
              type="checkbox"
              checked={skip}
              disabled={state.kind !== 'idle'}
              onChange={(event) => setSkip(event.target.checked)}
            />
            <span>Skip songs already there</span>
          </label>
          {state.kind === 'running' && <p role="status">{state.text}</p>}
          {state.kind === 'stopped' && <p role="alert">{state.message}</p>}
        </>
      )}
      <RunActions phase={state.kind} label="Merge" ready={ready} onRun={run} onClose={onClose} />
    </Dialog>
  );
}
