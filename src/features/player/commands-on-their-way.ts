/**
 * Player commands sent or waiting their turn, per query client. While one is on its way, a
 * read of the player state may have been answered before Spotify obeyed it: taken as it is,
 * it would put back what the bar showed before the press (Repeat all back to off), and a
 * quick second press would go on from that older state. So reads that start or end while
 * a command is on its way keep what the bar shows, and the last command's answer is
 * followed by a fresh read (mutations.ts).
 */
import type { QueryClient } from '@tanstack/react-query';

const pending = new WeakMap<QueryClient, number>();

export const commandsOnTheirWay = {
  started(client: QueryClient) {
    pending.set(client, (pending.get(client) ?? 0) + 1);
  },
  /** Returns whether it was the last one. */
  answered(client: QueryClient): boolean {
    const left = Math.max(0, (pending.get(client) ?? 0) - 1);
    pending.set(client, left);
    return left === 0;
  },
  any: (client: QueryClient) => (pending.get(client) ?? 0) > 0,
};
