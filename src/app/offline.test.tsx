import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';
import { signIn } from '../testing/sign-in';
import { testEmulator } from '../testing/test-emulator';

const store = () => testEmulator().store;
const roadTrip = () => [...store().playlists.values()].find((p) => p.name === 'Road Trip')!;
const writes = () => store().requestLog.filter((r) => r.method !== 'GET');

afterEach(() => onlineManager.setOnline(true));

describe('Offline', () => {
  it('says so once, keeps the page, holds editing with the reason, sends nothing, and resumes', async () => {
    await signIn();
    const { user } = renderApp(`/playlists/${roadTrip().id}`);
    await screen.findByText('All 25 items loaded.');
    const before = roadTrip().entries.map((e) => e.uri);

    act(() => onlineManager.setOnline(false));
    expect(await screen.findByText('You are offline.')).toBeInTheDocument();
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByRole('row').length).toBeGreaterThan(1);

    await user.click(within(within(grid).getAllByRole('row')[1]!).getByRole('checkbox'));
    const moveDown = screen.getByRole('button', { name: 'Move down' });
    expect(moveDown).toHaveAttribute('aria-disabled', 'true');
    expect(moveDown).toHaveAccessibleDescription(/^You are offline/);
    await user.click(moveDown);
    expect(writes()).toEqual([]);
    expect(roadTrip().entries.map((e) => e.uri)).toEqual(before);

    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(screen.queryByText('You are offline.')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    await waitFor(() => expect(roadTrip().entries[0]!.uri).toBe(before[1]));
  });
});
