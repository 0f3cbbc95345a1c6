import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sign-in';
import { testEmulator } from '../../../testing/test-emulator';

const byName = (name: string) =>
  [...testEmulator().store.playlists.values()].filter((p) => p.name === name);
const idOf = (name: string) => byName(name)[0]!.id;

describe('New playlist', () => {
  it('asks for a name, creates a collaborative (so private) playlist and opens it', async () => {
    await signIn();
    const { user, router } = renderApp('/playlists');
    await user.click(await screen.findByRole('button', { name: 'New playlist' }));
    const dialog = screen.getByRole('dialog', { name: 'New playlist' });
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('Give the playlist a name.')).toBeInTheDocument();
    expect(byName('Band Night')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Name'), 'Band Night');
    // Spotify's limits are shown as the fields fill, and read with them.
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription(
      'Give the playlist a name. 10 of 100 characters',
    );
    await user.type(within(dialog).getByLabelText('Description'), 'Songs & more');
    expect(within(dialog).getByLabelText('Description')).toHaveAccessibleDescription(
      '12 of 300 characters',
    );
    await user.click(within(dialog).getByRole('radio', { name: /Collaborative/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Band Night' }),
    ).toBeInTheDocument();
    const created = byName('Band Night');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      public: false,
      collaborative: true,
      description: 'Songs & more',
    });
    expect(router.state.location.pathname).toBe(`/playlists/${created[0]!.id}`);
    expect(screen.getByText('Collaborative playlist')).toBeInTheDocument();
  });

  it('never creates twice when the connection drops after Spotify committed', async () => {
    await signIn();
    const { user } = renderApp('/playlists');
    await user.click(await screen.findByRole('button', { name: 'New playlist' }));
    const dialog = screen.getByRole('dialog', { name: 'New playlist' });
    await user.type(within(dialog).getByLabelText('Name'), 'Dropped Once');
    testEmulator().store.faults.dropAfterCommit = 1;
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'may or may not have happened',
    );
    expect(byName('Dropped Once')).toHaveLength(1);
    // The list was re-read: the playlist that did get created is there.
    expect(await screen.findByRole('link', { name: 'Dropped Once' })).toBeInTheDocument();
  });
});

describe('Edit details', () => {
  it('is offered to the owner only, shows changes at once and keeps them', async () => {
    await signIn();
    const { user } = renderApp(`/playlists/${idOf('Road Trip')}`);
    await user.click(await screen.findByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit details' });
    const name = within(dialog).getByLabelText('Name');
    expect(name).toHaveValue('Road Trip');
    await user.clear(name);
    await user.type(name, 'Road Trip 2026');
    await user.click(within(dialog).getByRole('radio', { name: /^Private/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Road Trip 2026' })).toBeInTheDocument();
    await waitFor(() => expect(byName('Road Trip 2026')[0]).toMatchObject({ public: false }));
    expect(await screen.findByText('Private playlist')).toBeInTheDocument();

    // Undo puts the old details back through the API.
    expect(await screen.findByText('Saved the details of “Road Trip 2026”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Road Trip' })).toBeInTheDocument();
    await waitFor(() => expect(byName('Road Trip')[0]).toMatchObject({ public: true }));
  });

  it('rolls back with a message when Spotify fails', async () => {
    await signIn();
    const { user } = renderApp(`/playlists/${idOf('Road Trip')}`);
    await user.click(await screen.findByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit details' });
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Never Saved');
    testEmulator().store.faults.errorRate = 1;
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Your changes were not saved/)).toBeInTheDocument();
    testEmulator().store.faults.errorRate = 0;
    expect(await screen.findByRole('heading', { level: 1, name: 'Road Trip' })).toBeInTheDocument();
    expect(byName('Never Saved')).toHaveLength(0);
  });

  it('after a dropped connection shows the details Spotify has and says the change may have been made', async () => {
    await signIn();
    const { user } = renderApp(`/playlists/${idOf('Road Trip')}`);
    await user.click(await screen.findByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit details' });
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Made Anyway');
    testEmulator().store.faults.dropAfterCommit = 1;
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/may or may not have been saved/);
    // Re-read: Spotify made it, so the page shows it (not the rolled-back name).
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Made Anyway' }),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells non-owners who can change it instead; collaborators still edit items', async () => {
    await signIn();
    renderApp(`/playlists/${idOf("Friends' Mix")}`);
    expect(
      await screen.findByText(
        /Only friend\.of\.demo can change its details\. As a collaborator, you can add, move and remove its items\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add songs or episodes' })).toBeInTheDocument();
  });

  it('shows no item controls where Spotify does not share the items, and says why', async () => {
    await signIn();
    renderApp(`/playlists/${idOf("Editor's Picks")}`);
    expect(
      await screen.findByText(/Its items can be changed only by the owner and collaborators\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add songs or episodes' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

describe('Remove from Your Library', () => {
  it('explains that Spotify has no delete, then unfollows and says so', async () => {
    await signIn();
    const id = idOf('Late Night');
    const { user, router } = renderApp(`/playlists/${id}`);
    await user.click(await screen.findByRole('button', { name: 'More for Late Night' }));
    await user.click(screen.getByRole('menuitem', { name: 'Remove from Your Library' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Late Night” from Your Library?' });
    expect(dialog).toHaveTextContent('Spotify has no way to delete a playlist');
    expect(dialog).toHaveTextContent('anyone who follows it keeps it');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed “Late Night” from Your Library.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/playlists');
    expect(testEmulator().store.libraryPlaylists).not.toContain(id);
    await screen.findByRole('list', { name: 'Your playlists' });
    expect(screen.queryByRole('link', { name: 'Late Night' })).toBeNull();
  });
});

describe('Change cover', () => {
  it('refuses a file that is not a picture with a message and no request', async () => {
    await signIn();
    renderApp(`/playlists/${idOf('Road Trip')}`);
    await screen.findByRole('button', { name: 'Change cover' });
    const input = screen.getByLabelText('Cover picture');
    // The picker's accept filter can be bypassed (drag and drop, 'All files'): the app checks too.
    fireEvent.change(input, {
      target: { files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('That file is not a picture');
    expect(testEmulator().store.requestLog.filter((r) => r.path.endsWith('/images'))).toHaveLength(
      0,
    );
  });

  it('is offered to the owner only', async () => {
    await signIn();
    renderApp(`/playlists/${idOf("Friends' Mix")}`);
    await screen.findByText(/Only friend\.of\.demo can change its details\./);
    expect(screen.queryByRole('button', { name: 'Change cover' })).toBeNull();
  });
});

describe('the header’s More menu', () => {
  it('opens the same Edit details and Remove dialogs, and offers only what the person may do', async () => {
    await signIn();
    const { user } = renderApp(`/playlists/${idOf('Road Trip')}`);
    const more = await screen.findByRole('button', { name: 'More for Road Trip' });
    await user.click(more);
    const menu = screen.getByRole('menu', { name: 'More for Road Trip' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Edit details', 'Change cover', 'Remove from Your Library']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit details' });
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Road Trip');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(more).toHaveFocus();

    await user.click(more);
    await user.click(screen.getByRole('menuitem', { name: 'Remove from Your Library' }));
    expect(
      screen.getByRole('dialog', { name: 'Remove “Road Trip” from Your Library?' }),
    ).toBeInTheDocument();
  });

  it('offers only Remove from Your Library on a playlist someone else owns', async () => {
    await signIn();
    const { user } = renderApp(`/playlists/${idOf("Friends' Mix")}`);
    await user.click(await screen.findByRole('button', { name: "More for Friends' Mix" }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Remove from Your Library',
    ]);
  });
});
