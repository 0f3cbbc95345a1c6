import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

const uris = (name: string) => {
  const playlist = [...testEmulator().store.playlists.values()].find((p) => p.name === name);
  return playlist?.entries.map((entry) => entry.uri);
};

describe('Merge playlists', () => {
  it('finds playlists by name and merges them in the order chosen, which can be changed', async () => {
    await signIn();
    const { user } = renderApp('/playlists');
    await user.click(await screen.findByRole('button', { name: 'Merge playlists…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge playlists' });

    const find = within(dialog).getByRole('searchbox', { name: 'Find a playlist' });
    await user.type(find, 'band');
    expect(within(dialog).getAllByRole('checkbox', { name: /Band|Road/ })).toHaveLength(1);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Band Practice' }));
    await user.clear(find);
    await user.type(find, 'zzz');
    expect(within(dialog).getByText('No playlist matches “zzz”.')).toBeInTheDocument();
    await user.clear(find);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Road Trip' }));

    // Ticked second, merged second, until it is moved up.
    const order = () =>
      within(within(dialog).getByRole('list', { name: 'Merge order' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(order()).toEqual(['Band Practice', 'Road Trip']);
    const up = within(dialog).getByRole('button', { name: 'Move Road Trip up' });
    await user.click(up);
    expect(order()).toEqual(['Road Trip', 'Band Practice']);
    expect(within(dialog).getByRole('button', { name: 'Move Road Trip up' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(await within(dialog).findByText(/Added \d+ items from 2 playlists/)).toBeInTheDocument();
    const expected = [...new Set([...uris('Road Trip')!, ...uris('Band Practice')!])];
    await waitFor(() => expect(uris('Merged playlist')).toEqual(expected));
  });
});
