import { useMemo, useState } from 'react';
import { describeError } from '../../../api/errors';
import { Dialog } from '../../../components/dialog';
import { formatCount } from '../../../lib/format';
import { DuplicateGroups } from './duplicate-groups';
import {
  findLibraryDuplicates,
  keptCopy,
  libraryRemovals,
  type Copy,
  type DuplicateList,
  type KeepRule,
} from './library-duplicates';
import './playlist-tools.css';

export interface ListChoice {
  id: string;
  name: string;
}

export interface LibraryDuplicatesProps {
  /** The lists that can be searched: Liked Songs and your playlists. */
  choices: ListChoice[];
  /** Reads every row of a list (from the cache when its version is known). */
  load: (choice: ListChoice) => Promise<DuplicateList>;
  /** Removes the copies (row indices per list); settles once every list's change has. */
  onRemove: (removals: { list: DuplicateList; rows: number[] }[]) => Promise<void>;
  onClose: () => void;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'failed'; message: string }
  | { kind: 'found'; lists: DuplicateList[] };

/**
 * Duplicates across your library: choose where to look (some playlists, Liked Songs, all
 * of them); each group says where every copy is and why they match; the copy to keep is
 * chosen per group or by a rule (the earliest added, or the one in a list you pick); then
 * one removal per list (each undoable, through the same engine as any change).
 */
export function LibraryDuplicatesDialog({
  choices,
  load,
  onRemove,
  onClose,
}: LibraryDuplicatesProps) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const find = async () => {
    const chosen = choices.filter((choice) => picked.has(choice.id));
    setStep({ kind: 'reading', done: 0, total: chosen.length });
    try {
      const lists: DuplicateList[] = [];
      for (const choice of chosen) {
        lists.push(await load(choice));
        setStep({ kind: 'reading', done: lists.length, total: chosen.length });
      }
      setStep({ kind: 'found', lists });
    } catch (error) {
      setStep({ kind: 'failed', message: describeError(error) });
    }
  };
  const all = picked.size === choices.length;
  return (
    <Dialog title="Duplicates across your library" onClose={onClose}>
      {step.kind === 'found' ? (
        <Groups lists={step.lists} onRemove={onRemove} onClose={onClose} />
      ) : (
        <>
          <fieldset className="library-duplicates__scope">
            <legend>Where to look</legend>
            <label>
              <input
                type="checkbox"
                checked={all}
                onChange={() => setPicked(all ? new Set() : new Set(choices.map((c) => c.id)))}
              />{' '}
              All of them
            </label>
            {choices.map((choice) => (
              <label key={choice.id}>
                <input
                  type="checkbox"
                  checked={picked.has(choice.id)}
                  onChange={() => {
                    const next = new Set(picked);
                    if (!next.delete(choice.id)) next.add(choice.id);
                    setPicked(next);
                  }}
                />{' '}
                {choice.name}
              </label>
            ))}
          </fieldset>
          {step.kind === 'reading' && (
            <p role="status">
              Reading {step.done} of {formatCount(step.total, 'list')}…
            </p>
          )}
          {step.kind === 'failed' && <p role="alert">{step.message}</p>}
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={picked.size === 0}
              aria-disabled={step.kind === 'reading' || undefined}
              onClick={() => step.kind !== 'reading' && void find()}
            >
              Find duplicates
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function Groups({
  lists,
  onRemove,
  onClose,
}: {
  lists: DuplicateList[];
  onRemove: LibraryDuplicatesProps['onRemove'];
  onClose: () => void;
}) {
  const groups = useMemo(() => findLibraryDuplicates(lists), [lists]);
  const [rule, setRule] = useState<KeepRule>({ kind: 'earliest' });
  const [chosen, setChosen] = useState<ReadonlyMap<number, Copy>>(new Map());
  const [removing, setRemoving] = useState(false);
  const { remove, stuck } = libraryRemovals(lists, groups, rule, chosen);
  const count = [...remove.values()].reduce((sum, rows) => sum + rows.length, 0);
  const rowOf = (copy: Copy) => lists[copy.list]!.rows[copy.row]!;
  const names = lists.map((list) => list.name).join(', ');
  if (groups.length === 0)
    return (
      <>
        <p>No song is in more than one place in {names}.</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );
  return (
    <>
      <p>
        {formatCount(groups.length, 'song')} {groups.length === 1 ? 'is' : 'are'} in more than one
        place in {names}.
      </p>
      <label className="library-duplicates__rule">
        Keep{' '}
        <select
          value={rule.kind === 'earliest' ? 'earliest' : String(rule.list)}
          onChange={(event) => {
            setChosen(new Map());
            const value = event.target.value;
            setRule(
              value === 'earliest'
                ? { kind: 'earliest' }
                : { kind: 'in-list', list: Number(value) },
            );
          }}
        >
          <option value="earliest">the earliest added copy</option>
          {lists.map((list, l) => (
            <option key={list.id} value={l}>
              the copy in {list.name}
            </option>
          ))}
        </select>
      </label>
      <DuplicateGroups
        stuck={stuck.length}
        groups={groups.map((group, g) => {
          const kept = chosen.get(g) ?? keptCopy(lists, group, rule);
          return {
            key: group.copies.map((c) => `${c.list}.${c.row}`).join(','),
            kind: group.kind,
            title: rowOf(group.copies[0]!).title,
            copies: group.copies.map((copy) => ({
              key: `${copy.list}.${copy.row}`,
              where: `the one in ${lists[copy.list]!.name}, position ${copy.row + 1}`,
              row: rowOf(copy),
              kept: kept.list === copy.list && kept.row === copy.row,
              onKeep: () => setChosen(new Map(chosen).set(g, copy)),
            })),
          };
        })}
      />
      <div className="form__actions">
        {count > 0 && (
          <button
            type="button"
            className="button button--primary"
            aria-disabled={removing || undefined}
            onClick={() => {
              if (removing) return;
              setRemoving(true);
              void onRemove(
                [...remove].map(([list, rows]) => ({ list: lists[list]!, rows })),
              ).finally(onClose);
            }}
          >
            {removing ? 'Removing…' : `Remove ${formatCount(count, 'copy', 'copies')}`}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {count > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </>
  );
}
