/**
 * The Web Playback SDK script cannot be loaded (offline, blocked): this browser is
 * explained as unavailable and every other device still plays. In a file of its own
 * because a page loads the SDK once, and the other tests load it successfully.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEVICES, seededPlaylist, simulatedPlayer } from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signInWithStreaming } from '../../testing/sign-in';
import { mswServer, TEST_EMULATOR_ORIGIN } from '../../testing/test-emulator';

describe('when the player script cannot be loaded', () => {
  it('explains it in the device list and plays elsewhere', async () => {
    // The network, not the app: the script's request fails as it would offline.
    mswServer.use(
      http.get(`${TEST_EMULATOR_ORIGIN}/web-playback/spotify-player.js`, () =>
        HttpResponse.error(),
      ),
    );
    await signInWithStreaming();
    const { user } = renderApp(`/playlists/${seededPlaylist('Road Trip').id}`);
    const header = (await screen.findByRole('heading', { level: 1, name: 'Road Trip' })).closest(
      'header',
    )!;
    const bar = screen.getByRole('contentinfo', { name: 'Player' });
    await user.click(within(bar).getByRole('button', { name: 'Devices' }));
    expect(
      await within(bar).findByText(/Spotify's player could not be loaded/),
    ).toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: 'Play' }));
    const dialog = await screen.findByRole('dialog', { name: 'Play Road Trip on…' });
    await user.click(await within(dialog).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() => expect(simulatedPlayer().activeDeviceId).toBe(DEVICES.laptop));
  });
});
