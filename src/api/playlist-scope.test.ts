import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { inPlaylistScope, playlistScope } from './playlist-scope';

describe('writes to one playlist', () => {
  it('wait for the changes queued before them, and only on the same playlist', async () => {
    const queryClient = new QueryClient();
    const order: string[] = [];
    let finishEdit = () => {};
    // The editor's change, still running.
    const edit = new MutationObserver(queryClient, {
      scope: playlistScope('road-trip'),
      mutationFn: () =>
        new Promise<void>((resolve) => {
          order.push('edit starts');
          finishEdit = () => {
            order.push('edit ends');
            resolve();
          };
        }),
    }).mutate();
    const merge = inPlaylistScope(queryClient, 'road-trip', () => {
      order.push('merge');
      return Promise.resolve('merged');
    });
    const other = inPlaylistScope(queryClient, 'other', () => {
      order.push('other playlist');
      return Promise.resolve('done');
    });
    await other;
    expect(order).toEqual(['edit starts', 'other playlist']);
    finishEdit();
    await edit;
    expect(await merge).toBe('merged');
    expect(order).toEqual(['edit starts', 'other playlist', 'edit ends', 'merge']);
  });
});
