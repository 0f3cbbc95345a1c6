/**
 * Reading a list of songs from CSV: ours, or another app's with a URI column or title and
 * artist columns. Rows with a Spotify URI are used as they are; the others are matched by
 * searching, and the best candidate is scored by title, artists and length.
 */
import { readCsv } from './csv';
import { foldText } from '../../components/track-list/track-view';

const TRACK_URI = /^spotify:(track|episode):[0-9A-Za-z]{22}$/;
const TRACK_URL = /open\.spotify\.com\/(track|episode)\/([0-9A-Za-z]{22})/;

export interface ImportRow {
  line: number;
  uri: string | null;
  title: string;
  artists: string;
  durationMs: number | null;
  /** Local files and entries without a name cannot be imported at all. */
  unusable: string | null;
}

const norm = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const COLUMNS = {
  uri: ['uri', 'spotifyuri', 'trackuri', 'url', 'spotifyurl', 'link'],
  title: ['title', 'name', 'track', 'trackname', 'song', 'songname'],
  artists: ['artists', 'artist', 'artistname', 'artistnames', 'artistsnames'],
  lengthMs: ['lengthms', 'durationms'],
  length: ['length', 'duration', 'time'],
  type: ['type'],
};

function column(fields: string[], names: string[]): string | undefined {
  return fields.find((field) => names.includes(norm(field)));
}

/** "4:05" or "245000" (ms) or "245" (s) as milliseconds. */
function parseLength(value: string | undefined, ms: boolean): number | null {
  if (!value) return null;
  const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(value.trim());
  if (clock) {
    const [h, m, s] = clock[3] ? [+clock[1]!, +clock[2]!, +clock[3]] : [0, +clock[1]!, +clock[2]!];
    return ((h * 60 + m) * 60 + s) * 1000;
  }
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) return null;
  return ms || number > 10_000 ? number : number * 1000;
}

export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

export async function readImportCsv(text: string): Promise<ImportRow[]> {
  const { fields, rows } = await readCsv(text);
  const uriColumn = column(fields, COLUMNS.uri);
  const titleColumn = column(fields, COLUMNS.title);
  const artistColumn = column(fields, COLUMNS.artists);
  if (!uriColumn && !titleColumn)
    throw new ImportFileError(
      'This CSV has no column of Spotify URIs or song titles (looked for "uri" or "title"/"name"/"track").',
    );
  const msColumn = column(fields, COLUMNS.lengthMs);
  const lengthColumn = column(fields, COLUMNS.length);
  const typeColumn = column(fields, COLUMNS.type);
  return rows.map((record, i) => {
    const raw = (uriColumn ? record[uriColumn] : '')?.trim() ?? '';
    const url = TRACK_URL.exec(raw);
    const uri = TRACK_URI.test(raw) ? raw : url ? `spotify:${url[1]}:${url[2]}` : null;
    const title = (titleColumn ? record[titleColumn] : '')?.trim() ?? '';
    const type = typeColumn ? record[typeColumn] : '';
    const local = raw.startsWith('spotify:local:') || type === 'local';
    return {
      line: i + 2,
      uri,
      title,
      artists: (artistColumn ? record[artistColumn] : '')?.trim() ?? '',
      durationMs: msColumn
        ? parseLength(record[msColumn], true)
        : parseLength(lengthColumn ? record[lengthColumn] : undefined, false),
      unusable: uri
        ? null
        : local
          ? 'a local file (the Web API cannot add it)'
          : !title || type === 'unavailable'
            ? 'no Spotify URI and no title to search for'
            : null,
    };
  });
}

export interface Candidate {
  uri: string;
  title: string;
  artists: string;
  durationMs: number | null;
}

/** How well a search result fits a row: title, artists and length. 0 means not at all. */
export function matchScore(row: ImportRow, candidate: Candidate): number {
  const title = foldText(row.title).replace(/\s+/g, ' ').trim();
  const found = foldText(candidate.title).replace(/\s+/g, ' ').trim();
  let score = found === title ? 3 : found.includes(title) || title.includes(found) ? 1 : 0;
  if (score === 0) return 0;
  const wanted = foldText(row.artists)
    .split(/\s*[,;&]\s*|\s+and\s+/)
    .filter(Boolean);
  const have = foldText(candidate.artists);
  if (wanted.length) {
    const share = wanted.filter((a) => have.includes(a)).length / wanted.length;
    // Another artist's song of the same name is not a match, however close its length.
    if (share === 0) return 0;
    score += share * 2;
  }
  if (row.durationMs !== null && candidate.durationMs !== null) {
    const off = Math.abs(row.durationMs - candidate.durationMs);
    score += off <= 2000 ? 1 : off > 30_000 ? -1 : 0;
  }
  return score;
}

/** The best candidate worth proposing, or null. */
export function bestMatch(row: ImportRow, candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  // Above this: the exact title and, when the row names artists, at least one of them.
  let bestScore = row.artists ? 3 : 2.5;
  for (const candidate of candidates) {
    const score = matchScore(row, candidate);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
