/**
 * This browser as a Spotify Connect device: the emulator's Web Playback SDK stand-in is
 * loaded and run as a browser would, and registers a real device in the simulated player.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../auth/token-store';
import {
  DEVICES,
  seededPlaylist,
  simulatedPlayer,
  trackName,
} from '../../testing/emulator-library';
import { testMediaSession } from '../../testing/media-session';
import { renderApp } from '../../testing/render-app';
import { signIn, signInWithStreaming } from '../../testing/sign-in';
import { TEST_EMULATOR_ORIGIN, testEmulator } from '../../testing/test-emulator';
import { BROWSER_DEVICE_NAME } from './web-playback/web-playback';

const roadTrip = () => seededPlaylist('Road Trip');
const bar = () => screen.getByRole('contentinfo', { name: 'Player' });
const browserDevice = () => simulatedPlayer().devices.find((d) => d.name === BROWSER_DEVICE_NAME);

async function openRoadTrip() {
  const view = renderApp(`/playlists/${roadTrip().id}`);
  const header = (await screen.findByRole('heading', { level: 1, name: 'Road Trip' })).closest(
    'header',
  )!;
  return { ...view, header };
}

/** Opens the bar's device list and returns it. */
async function openDevices(user: ReturnType<typeof renderApp>['user']) {
  await user.click(within(bar()).getByRole('button', { name: 'Devices' }));
  return within(bar()).findByRole('list', { name: 'Devices' });
}

describe('this browser as a device', () => {
  it('waits for the page to have started, unless something needs it now', async () => {
    await signInWithStreaming();
    const { user } = await openRoadTrip();
    await screen.findAllByRole('row');
    expect(browserDevice()).toBeUndefined();
    // A list of devices names this browser: it starts at once (src/lib/after-start.ts).
    await openDevices(user);
    await waitFor(() => expect(browserDevice()).toBeDefined());
  });

  it('plays a playlist here with one press of Play, listed first as "This browser"', async () => {
    await signInWithStreaming();
    const { user, header } = await openRoadTrip();
    const devices = await openDevices(user);
    await waitFor(() => expect(browserDevice()).toBeDefined());
    const entries = await within(devices).findAllByRole('button');
    expect(entries[0]).toHaveAccessibleName(/^This browser/);
    expect(entries).toHaveLength(4);

    await user.click(within(header).getByRole('button', { name: 'Play' }));
    await waitFor(() =>
      expect(simulatedPlayer()).toMatchObject({
        activeDeviceId: browserDevice()!.id,
        contextUri: `spotify:playlist:${roadTrip().id}`,
        isPlaying: true,
      }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await within(bar()).findByText('on This browser')).toBeInTheDocument();
    expect(browserDevice()).toMatchObject({ type: 'Computer', supportsVolume: true });
  });

  it('fills the Media Session while playing here, and media keys drive the player', async () => {
    await signInWithStreaming();
    const { user, header } = await openRoadTrip();
    // Nothing is playing and no device is active: Play starts this browser's player.
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    const [first, second] = roadTrip().entries;
    await within(bar()).findByText('on This browser');
    const track = testEmulator().store.tracks.get(first!.uri.split(':')[2]!)!;
    await waitFor(() => expect(testMediaSession.metadata?.title).toBe(track.name));
    const album = testEmulator().store.albums.get(track.albumId)!;
    expect(testMediaSession.metadata).toMatchObject({
      album: album.name,
      artist: track.artistIds.map((id) => testEmulator().store.artists.get(id)!.name).join(', '),
    });
    expect(testMediaSession.metadata!.artwork.length).toBeGreaterThan(0);
    expect(testMediaSession.playbackState).toBe('playing');

    testMediaSession.press('nexttrack');
    await waitFor(() => expect(simulatedPlayer().currentUri).toBe(second!.uri));
    await waitFor(() => expect(testMediaSession.metadata?.title).toBe(trackName(second!.uri)));
    testMediaSession.press('seekto', { seekTime: 30 });
    await waitFor(() => expect(simulatedPlayer().progressMs).toBe(30_000));
    testMediaSession.press('pause');
    await waitFor(() => expect(simulatedPlayer().isPlaying).toBe(false));
    await waitFor(() => expect(testMediaSession.playbackState).toBe('paused'));
    testMediaSession.press('play');
    await waitFor(() => expect(simulatedPlayer().isPlaying).toBe(true));
    testMediaSession.press('previoustrack');
    await waitFor(() => expect(simulatedPlayer().currentUri).toBe(first!.uri));

    // Playing elsewhere: the media keys are not this page's any more.
    await user.click(within(bar()).getByRole('button', { name: 'Devices' }));
    await user.click(await within(bar()).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() => expect(simulatedPlayer().activeDeviceId).toBe(DEVICES.laptop));
    await waitFor(() => expect(testMediaSession.metadata).toBeNull());
    expect(testMediaSession.hasHandler('play')).toBe(false);
  });

  it('explains a non-Premium account (account_error) once, and browsing still works', async () => {
    testEmulator().store.settings.premium = false;
    await signInWithStreaming();
    const { user } = await openRoadTrip();
    const devices = await openDevices(user);
    expect(await within(bar()).findByRole('alert')).toHaveTextContent(
      'Spotify lets apps control playback only for Premium accounts',
    );
    expect(
      within(devices).getByText('Playing in this browser needs Spotify Premium.'),
    ).toBeInTheDocument();
    expect(browserDevice()).toBeUndefined();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Playlists',
      }),
    );
    expect(await screen.findByRole('list', { name: 'Your playlists' })).toBeInTheDocument();
  });

  it('explains a browser without DRM (initialization_error) and stays a remote control', async () => {
    testEmulator().store.settings.webPlaybackDrm = false;
    await signInWithStreaming();
    const { user, header } = await openRoadTrip();
    const devices = await openDevices(user);
    expect(
      await within(devices).findByText(
        /This browser cannot play Spotify: it lacks the protected-media \(DRM\)/,
      ),
    ).toBeInTheDocument();
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    const dialog = await screen.findByRole('dialog', { name: 'Play Road Trip on…' });
    await user.click(await within(dialog).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() => expect(simulatedPlayer().activeDeviceId).toBe(DEVICES.laptop));
  });

  it('refreshes the token once through the token store on authentication_error, then connects', async () => {
    const session = await signInWithStreaming();
    // The emulator stops taking the token while the app still thinks it valid.
    for (const token of testEmulator().store.accessTokens.values())
      token.expiresAt = testEmulator().clock.now();
    const { user } = await openRoadTrip();
    await openDevices(user);
    await waitFor(() => expect(browserDevice()).toBeDefined());
    const refreshes = testEmulator().store.requestLog.filter((r) => r.path === '/api/token');
    expect(refreshes).toHaveLength(1);
    expect(getSession()!.accessToken).not.toBe(session.accessToken);
    expect(document.body.textContent).not.toContain(getSession()!.accessToken);
  });

  it('says so when the player is still refused after one refresh', async () => {
    await signInWithStreaming();
    const { user } = await openRoadTrip();
    const devices = await openDevices(user);
    await waitFor(() => expect(browserDevice()).toBeDefined());
    const refuse = () =>
      fetch(`${TEST_EMULATOR_ORIGIN}/__emulator/web-playback/events`, {
        method: 'POST',
        body: JSON.stringify({ type: 'authentication_error', message: 'Authentication failed' }),
      });
    const tokenRequests = () =>
      testEmulator().store.requestLog.filter((r) => r.path === '/api/token');
    await refuse();
    await waitFor(() => expect(tokenRequests()).toHaveLength(1));
    await waitFor(() => expect(browserDevice()).toBeDefined());
    await refuse();
    expect(
      await within(devices).findByText(/Spotify did not accept this browser as a player/),
    ).toBeInTheDocument();
    expect(tokenRequests()).toHaveLength(1);
  });

  it('asks for a press of Play when the browser blocks autoplay, then activates and plays', async () => {
    testEmulator().store.settings.autoplayBlocked = true;
    await signInWithStreaming();
    const { user, header } = await openRoadTrip();
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    expect(
      await within(bar()).findByText('Press Play to start sound in this browser.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(simulatedPlayer().isPlaying).toBe(false));
    await user.click(await within(bar()).findByRole('button', { name: 'Play' }));
    await waitFor(() => expect(simulatedPlayer().isPlaying).toBe(true));
    expect(within(bar()).queryByText('Press Play to start sound in this browser.')).toBeNull();
    // Activated: the stand-in lets it play from now on.
    await within(bar()).findByRole('button', { name: 'Pause' });
    expect(simulatedPlayer().isPlaying).toBe(true);
  });

  it('reports a playback_error from the player', async () => {
    await signInWithStreaming();
    const { user } = await openRoadTrip();
    await openDevices(user);
    await waitFor(() => expect(browserDevice()).toBeDefined());
    await fetch(`${TEST_EMULATOR_ORIGIN}/__emulator/web-playback/events`, {
      method: 'POST',
      body: JSON.stringify({ type: 'playback_error', message: 'Cannot play this track.' }),
    });
    expect(await within(bar()).findByRole('alert')).toHaveTextContent(
      'This browser could not play that. Cannot play this track.',
    );
  });

  it('offers "Allow playing in this browser" to a login from before streaming was asked for', async () => {
    await signIn();
    const { user } = await openRoadTrip();
    const devices = await openDevices(user);
    expect(browserDevice()).toBeUndefined();
    await user.click(
      within(devices).getByRole('button', { name: 'Allow playing in this browser' }),
    );
    // A new login began (its transaction waits under its state), coming back here.
    await waitFor(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('slm.login.'));
      expect(keys).toHaveLength(1);
      expect(JSON.parse(localStorage.getItem(keys[0]!)!)).toMatchObject({
        returnTo: `/playlists/${roadTrip().id}`,
      });
    });
  });
});
