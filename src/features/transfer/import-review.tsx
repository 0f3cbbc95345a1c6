import { searchCatalog } from '../../api/search';
import { itemRow } from '../../domain/track-row';
import { concurrencyLimit } from '../../lib/concurrency';
import { formatCount, formatDuration } from '../../lib/format';
import { bestMatch, type Candidate, type ImportRow } from './csv-import';

async function searchCandidates(row: ImportRow): Promise<Candidate[]> {
  const artist = row.artists.split(/\s*[,;&]\s*/)[0];
  const q = `track:"${row.title.replace(/"/g, '')}"${artist ? ` artist:"${artist.replace(/"/g, '')}"` : ''}`;
  const { tracks } = await searchCatalog(q, ['track']);
  return tracks
    .map((item) => itemRow(item))
    .filter((r) => r.kind === 'track' && r.uri)
    .map((r) => ({ uri: r.uri!, title: r.title, artists: r.byline, durationMs: r.durationMs }));
}

export interface Line {
  row: ImportRow;
  match: Candidate | null;
  include: boolean;
}

/** Each row with its match: a URI is taken as it is, the rest searched (4 at a time). */
export async function matchRows(rows: ImportRow[]): Promise<Line[]> {
  const run = concurrencyLimit(4);
  const matches = await Promise.all(
    rows.map((row) =>
      row.uri || row.unusable
        ? Promise.resolve(null)
        : run(() => searchCandidates(row)).then((found) => bestMatch(row, found)),
    ),
  );
  return rows.map((row, i) => ({
    row,
    match: matches[i] ?? null,
    include: !!row.uri || !!matches[i],
  }));
}

/** What the file holds: rows taken as they are, matches to check, rows that cannot be imported. */
export function ImportReview({
  lines,
  onLines,
}: {
  lines: Line[];
  onLines: (lines: Line[]) => void;
}) {
  const searched = lines.filter((line) => !line.row.uri && !line.row.unusable);
  const unusable = lines.filter((line) => line.row.unusable);
  return (
    <>
      <p>
        {formatCount(lines.length - searched.length - unusable.length, 'row')} with a Spotify URI,
        added as they are.
        {unusable.length > 0 && ` ${formatCount(unusable.length, 'row')} can't be imported.`}
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
                    onLines(
                      lines.map((l) => (l === line ? { ...l, include: event.target.checked } : l)),
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
    </>
  );
}
