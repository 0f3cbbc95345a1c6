import type { TrackRow } from '../../../domain/track-row';
import { formatCount, formatDate, formatDuration } from '../../../lib/format';
import { DUPLICATE_KINDS, type DuplicateKind } from './duplicates';

export interface CopyChoice {
  key: string;
  /** Where the copy is: "position 4", "the one in Road Trip, position 4". */
  where: string;
  row: TrackRow;
  kept: boolean;
  onKeep: () => void;
}

export interface GroupChoice {
  key: string;
  kind: DuplicateKind;
  title: string;
  copies: CopyChoice[];
}

/**
 * Groups of copies of one song, each with why they match and a choice of the copy to
 * keep; and what cannot be removed. One view for duplicates in a playlist and across
 * your library.
 */
export function DuplicateGroups({ groups, stuck }: { groups: GroupChoice[]; stuck: number }) {
  return (
    <>
      <ol className="duplicate-groups">
        {groups.map((group) => (
          <li key={group.key}>
            <fieldset>
              <legend>
                {group.title} <span className="muted">· {DUPLICATE_KINDS[group.kind]}</span>
              </legend>
              {group.copies.map(({ key, where, row, kept, onKeep }) => (
                <label key={key} className="duplicate-copy">
                  <input type="radio" name={`keep-${group.key}`} checked={kept} onChange={onKeep} />
                  <span>
                    Keep {where}: {row.byline || row.title}
                    {row.album && ` · ${row.album}`} · {formatDuration(row.durationMs)} ·{' '}
                    {row.addedAt ? `added ${formatDate(row.addedAt)}` : 'date unknown'}
                    {row.kind === 'local' && ' · local file'}
                  </span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      {stuck > 0 && (
        <p className="muted">
          {formatCount(stuck, 'local file')} can&apos;t be removed: Spotify&apos;s Web API cannot
          remove local files, so {stuck === 1 ? 'it stays' : 'they stay'}.
        </p>
      )}
    </>
  );
}
