/**
 * Playback that starts from any state: with no active device, the request a person made
 * goes to a device picked for them (remembered, or the only one) or waits in the chooser,
 * and reaches Spotify unchanged with that device's id.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEVICES,
  playerRequests,
  seededPlaylist,
  simulatedPlayer,
  trackName,
} from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

const roadTrip = () => seededPlaylist('Road Trip');
const roadTripUri = () => `spotify:playlist:${roadTrip().id}`;

async function openRoadTrip() {
  await signIn();
  const view = renderApp(`/playlists/${roadTrip().id}`);
  const header = (await screen.findByRole('heading', { level: 1, name: 'Road Trip' })).closest(
    'header',
  )!;
  return { ...view, header };
}

const row = async (position: number) =>
  (await screen.findAllByRole('row')).find(
    (r) => r.getAttribute('aria-rowindex') === String(position + 1),
  )!;

const chooser = (title: string) => screen.findByRole('dialog', { name: title });

/** Leaves only these seeded devices, as if the others were switched off. */
function onlyDevices(...ids: string[]) {
  const player = simulatedPlayer();
  player.devices = player.devices.filter((d) => ids.includes(d.id));
}

describe('play with no active device', () => {
  it('keeps the header Play through the chooser and sends it to the chosen device', async () => {
    const { user, header } = await openRoadTrip();
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    const dialog = await chooser('Play Road Trip on…');
    await user.click(await within(dialog).findByRole('button', { name: /Living Room Speaker/ }));

    await waitFor(() => expect(simulatedPlayer().activeDeviceId).toBe(DEVICES.speaker));
    expect(simulatedPlayer()).toMatchObject({ contextUri: roadTripUri(), isPlaying: true });
    expect(simulatedPlayer().currentUri).toBe(roadTrip().entries[0]!.uri);
    const plays = playerRequests('/v1/me/player/play');
    expect(plays.at(-1)).toMatchObject({ query: `?device_id=${DEVICES.speaker}`, status: 204 });
    expect(JSON.parse(plays.at(-1)!.body!)).toEqual({ context_uri: roadTripUri() });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const bar = screen.getByRole('contentinfo', { name: 'Player' });
    expect(await within(bar).findByText('on Living Room Speaker')).toBeInTheDocument();
  });

  it("keeps a row's offset through the chooser", async () => {
    const { user } = await openRoadTrip();
    const fifth = roadTrip().entries[4]!.uri;
    await user.click(
      within(await row(5)).getByRole('button', { name: `Play ${trackName(fifth)}` }),
    );
    const dialog = await chooser(`Play ${trackName(fifth)} on…`);
    await user.click(await within(dialog).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() => expect(simulatedPlayer().currentUri).toBe(fifth));
    expect(simulatedPlayer()).toMatchObject({
      activeDeviceId: DEVICES.laptop,
      contextUri: roadTripUri(),
    });
    expect(JSON.parse(playerRequests('/v1/me/player/play').at(-1)!.body!)).toEqual({
      context_uri: roadTripUri(),
      offset: { position: 4 },
    });
  });

  it('keeps Add to queue through the chooser', async () => {
    const { user } = await openRoadTrip();
    const tenth = roadTrip().entries[9]!.uri;
    await user.click(
      within(await row(10)).getByRole('button', { name: `Add ${trackName(tenth)} to queue` }),
    );
    const dialog = await chooser(`Add ${trackName(tenth)} to the queue on…`);
    await user.click(await within(dialog).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() => expect(simulatedPlayer().queue).toEqual([tenth]));
    expect(playerRequests('/v1/me/player/queue').at(-1)!.query).toContain(
      `device_id=${DEVICES.laptop}`,
    );
  });

  it('keeps the bar’s Play when the device went idle, as "Resume playback on…"', async () => {
    const { user, header } = await openRoadTrip();
    onlyDevices(DEVICES.laptop, DEVICES.speaker);
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    await user.click(
      await within(await chooser('Play Road Trip on…')).findByRole('button', { name: /Laptop/ }),
    );
    const bar = screen.getByRole('contentinfo', { name: 'Player' });
    await user.click(await within(bar).findByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(simulatedPlayer().isPlaying).toBe(false));
    // Spotify lets idle devices go; the bar still shows the paused item.
    simulatedPlayer().activeDeviceId = null;
    localStorage.removeItem('slm.lastDevice');
    await user.click(within(bar).getByRole('button', { name: 'Play' }));
    const dialog = await chooser('Resume playback on…');
    await user.click(await within(dialog).findByRole('button', { name: /Living Room Speaker/ }));
    await waitFor(() =>
      expect(simulatedPlayer()).toMatchObject({ activeDeviceId: DEVICES.speaker, isPlaying: true }),
    );
    expect(simulatedPlayer().contextUri).toBe(roadTripUri());
  });

  it('uses the only device there is without asking', async () => {
    const { user, header } = await openRoadTrip();
    onlyDevices(DEVICES.speaker);
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    await waitFor(() =>
      expect(simulatedPlayer()).toMatchObject({
        activeDeviceId: DEVICES.speaker,
        contextUri: roadTripUri(),
      }),
    );
    expect(await screen.findByText('Playing Road Trip on Living Room Speaker')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('prefers the device chosen last time, for this account', async () => {
    const { user, header } = await openRoadTrip();
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    await user.click(
      await within(await chooser('Play Road Trip on…')).findByRole('button', { name: /Phone/ }),
    );
    await waitFor(() => expect(simulatedPlayer().activeDeviceId).toBe(DEVICES.phone));
    expect(JSON.parse(localStorage.getItem('slm.lastDevice')!)).toEqual({
      'demo:demolistener': DEVICES.phone,
    });

    // Later, nothing is active again (Spotify answers NO_ACTIVE_DEVICE): Play goes
    // straight to the phone.
    simulatedPlayer().activeDeviceId = null;
    simulatedPlayer().isPlaying = false;
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    await waitFor(() =>
      expect(simulatedPlayer()).toMatchObject({ activeDeviceId: DEVICES.phone, isPlaying: true }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks again, keeping the request, when the chosen device has gone meanwhile', async () => {
    const { user, header } = await openRoadTrip();
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    const dialog = await chooser('Play Road Trip on…');
    const speaker = await within(dialog).findByRole('button', { name: /Living Room Speaker/ });
    onlyDevices(DEVICES.laptop, DEVICES.phone);
    await user.click(speaker);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That device is no longer available. Choose another.',
    );
    const again = await chooser('Play Road Trip on…');
    await user.click(await within(again).findByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() =>
      expect(simulatedPlayer()).toMatchObject({
        activeDeviceId: DEVICES.laptop,
        contextUri: roadTripUri(),
      }),
    );
  });

  it('drops the request and says so when the chooser is cancelled', async () => {
    const { user, header } = await openRoadTrip();
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    const dialog = await chooser('Play Road Trip on…');
    await within(dialog).findByRole('button', { name: /Demo Laptop/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      await screen.findByText('No device chosen, so Road Trip was not played.'),
    ).toBeInTheDocument();
    // Only the first try, which found no active device, reached Spotify.
    expect(playerRequests('/v1/me/player/play').map((r) => r.status)).toEqual([404]);
    expect(simulatedPlayer().activeDeviceId).toBeNull();
  });

  it('says once that playback needs Premium, then shows each refusal as a toast', async () => {
    const { user, header } = await openRoadTrip();
    testEmulator().store.settings.premium = false;
    onlyDevices(DEVICES.laptop);
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    const bar = screen.getByRole('contentinfo', { name: 'Player' });
    expect(await within(bar).findByRole('alert')).toHaveTextContent(
      'Spotify lets apps control playback only for Premium accounts. Browsing and editing your playlists work without it.',
    );
    await user.click(within(header).getByRole('button', { name: 'Play' }));
    expect(
      await screen.findByText('Not done: playback needs Spotify Premium.'),
    ).toBeInTheDocument();
    expect(within(bar).getAllByRole('alert')).toHaveLength(1);
    // The notice can be put away, for this account; refusals still show as toasts.
    await user.click(within(bar).getByRole('button', { name: 'Dismiss the Premium notice' }));
    expect(within(bar).queryByRole('alert')).toBeNull();
    expect(localStorage.getItem('slm.premiumNoticeDismissed.demolistener')).toBe('yes');
    // Editing still works.
    expect(within(header).getByRole('button', { name: 'Edit details' })).toBeEnabled();
  });
});
