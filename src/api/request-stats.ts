/**
 * What this session has asked of the Web API, for the Diagnostics panel: every request
 * sent (retries too, each is one Spotify counts), by endpoint group, with how many came
 * back 304 (unchanged, answered from the app's own copy) and 429 (held back), and how
 * many got no answer at all. Kept for the running app only; nothing is stored.
 */
import { defineSlot, runtime } from '../lib/runtime';

export const ENDPOINT_GROUPS = [
  'Profile',
  'Playlists',
  'Playlist items',
  'Liked Songs',
  'Player',
  'Search',
  'Artists and albums',
  'Other',
] as const;
export type EndpointGroup = (typeof ENDPOINT_GROUPS)[number];

export interface GroupCounts {
  requests: number;
  notModified: number;
  rateLimited: number;
  /** Sent, but no answer came (a dropped connection, or a 429 the browser hid). */
  unanswered: number;
}

export type RequestCounts = Readonly<Record<EndpointGroup, Readonly<GroupCounts>>>;

/** The group of a Web API URL, by its path after /v1. */
export function endpointGroup(url: string): EndpointGroup {
  const path = new URL(url).pathname.replace(/^.*?\/v1(?=\/)/, '');
  if (/^\/playlists\/[^/]+\/items/.test(path)) return 'Playlist items';
  if (/^\/(me\/)?playlists/.test(path) || /^\/users\/[^/]+\/playlists/.test(path))
    return 'Playlists';
  if (/^\/me\/player/.test(path)) return 'Player';
  if (/^\/me\/(tracks|library)/.test(path)) return 'Liked Songs';
  if (/^\/me\/?$/.test(path)) return 'Profile';
  if (/^\/search/.test(path)) return 'Search';
  if (/^\/(artists|albums|tracks)/.test(path)) return 'Artists and albums';
  return 'Other';
}

const empty = (): RequestCounts =>
  Object.fromEntries(
    ENDPOINT_GROUPS.map((group) => [
      group,
      { requests: 0, notModified: 0, rateLimited: 0, unanswered: 0 },
    ]),
  ) as RequestCounts;

class RequestStats {
  counts = empty();
  private readonly listeners = new Set<() => void>();

  /** One request sent to `url`: its status, or 0 when no answer came. */
  record(url: string, status: number) {
    const group = endpointGroup(url);
    const was = this.counts[group];
    // A new object each time, so a subscriber (useSyncExternalStore) sees the change.
    this.counts = {
      ...this.counts,
      [group]: {
        requests: was.requests + 1,
        notModified: was.notModified + (status === 304 ? 1 : 0),
        rateLimited: was.rateLimited + (status === 429 ? 1 : 0),
        unanswered: was.unanswered + (status === 0 ? 1 : 0),
      },
    };
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

const stats = defineSlot(() => new RequestStats());

export const requestStats = (): RequestStats => runtime().get(stats);
