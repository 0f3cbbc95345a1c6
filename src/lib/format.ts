/** Durations, dates and counts as people read them. */
import { onFirstUse } from './on-first-use';

/** 3:05, or 1:02:03 past an hour. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '–';
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** "2 hr 15 min", "45 min", "50 sec" for totals. */
export function formatLongDuration(ms: number): string {
  const minutesTotal = Math.round(ms / 60_000);
  if (ms < 60_000) return `${Math.round(ms / 1000)} sec`;
  const hours = Math.floor(minutesTotal / 60);
  const minutes = minutesTotal % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} hr` : `${hours} hr ${minutes} min`;
}

/** An ISO date's time, or NaN for a missing or broken one (very old playlists). */
const timeOf = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : NaN);

/** A formatter for ISO dates that gives an empty string for a missing or broken one. */
function isoFormatter(options: Intl.DateTimeFormatOptions) {
  const format = onFirstUse(() => new Intl.DateTimeFormat(undefined, options));
  return (iso: string | null | undefined): string => {
    const time = timeOf(iso);
    return Number.isNaN(time) ? '' : format().format(time);
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Mar 5, 2024" in the reader's time zone, as the app's English text reads, for the date
 * each row was added. Not Intl.DateTimeFormat: the first one a page makes loads the
 * browser's date data, 21-27 ms on a desktop CPU, and wide screens show the date in the
 * render that first builds a playlist's rows, before its items can be asked for (issue 27:
 * cold load). Empty for a missing or broken date.
 */
export function formatDate(iso: string | null | undefined): string {
  const time = timeOf(iso);
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}
export const formatDateTime = isoFormatter({ dateStyle: 'medium', timeStyle: 'short' });
/** To the second: versions of a playlist can be a minute apart. */
export const formatMoment = isoFormatter({ dateStyle: 'medium', timeStyle: 'medium' });

/**
 * 12,001: grouped by thousands with commas, as the app's English text reads, for every
 * count shown. Not Intl.NumberFormat or toLocaleString: the first one a page makes loads
 * the browser's number data (about 30 ms on a desktop CPU, 120 ms on a phone, measured in
 * Chromium), and every signed-in page shows a count.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
