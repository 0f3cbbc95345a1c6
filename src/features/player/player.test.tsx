import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEVICES,
  seededPlaylist,
  simulatedPlayer,
  trackName,
} from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { TEST_EMULATOR_ORIGIN, testEmulator } from '../../testing/test-emulator';
import { interpolateProgress } from './progress';

const LAPTOP = DEVICES.laptop;
const PHONE = DEVICES.phone;
const playlist = seededPlaylist;
const player = simulatedPlayer;

/** Starts Road Trip on the laptop, as if from another Spotify app. */
async function startPlayback(token: string, offset = 0) {
  await fetch(`${TEST_EMULATOR_ORIGIN}/v1/me/player/play?device_id=${LAPTOP}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      context_uri: `spotify:playlist:${playlist('Road Trip').id}`,
      offset: { position: offset },
    }),
  });
}

async function renderPlaying(path = '/profile', offset = 0) {
  const session = await signIn();
  await startPlayback(session.accessToken, offset);
  const view = renderApp(path);
  const bar = await screen.findByRole('contentinfo', { name: 'Player' });
  await within(bar).findByRole('button', { name: 'Pause' });
  return { ...view, bar };
}

describe('player bar', () => {
  it('says "Nothing playing" when Spotify answers 204, and offers the devices', async () => {
    await signIn();
    const { user } = renderApp('/profile');
    const bar = await screen.findByRole('contentinfo', { name: 'Player' });
    expect(await within(bar).findByText('Nothing playing.')).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Play' })).toBeDisabled();
    await user.click(within(bar).getByRole('button', { name: 'Devices' }));
    const devices = await within(bar).findByRole('region', { name: 'Devices' });
    expect(
      await within(devices).findAllByRole('button', {
        name: /Demo Laptop|Living Room Speaker|Demo Phone/,
      }),
    ).toHaveLength(3);
  });

  it('says when the player cannot be loaded, and recovers with "Try again"', async () => {
    await signIn();
    testEmulator().store.faults.errorRate = 1;
    const { user } = renderApp('/profile');
    const bar = await screen.findByRole('contentinfo', { name: 'Player' });
    expect(await within(bar).findByText(/The player is unavailable/)).toBeInTheDocument();
    testEmulator().store.faults.errorRate = 0;
    await user.click(within(bar).getByRole('button', { name: 'Try again' }));
    expect(await within(bar).findByText('Nothing playing.')).toBeInTheDocument();
  });

  it('shows what plays, with its context, and pauses at once (optimistic)', async () => {
    const { bar, user } = await renderPlaying();
    const first = playlist('Road Trip').entries[0]!.uri;
    expect(within(bar).getByText(trackName(first))).toBeInTheDocument();
    expect(await within(bar).findByRole('link', { name: 'From Road Trip' })).toHaveAttribute(
      'href',
      `/playlists/${playlist('Road Trip').id}`,
    );
    expect(within(bar).getByText('on Demo Laptop')).toBeInTheDocument();

    testEmulator().store.faults.latencyMs = 30;
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(within(bar).getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await waitFor(() => expect(player().isPlaying).toBe(false));
    expect(await screen.findByText('Paused')).toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(player().isPlaying).toBe(true));
    expect(within(bar).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('rolls back and explains when a command fails', async () => {
    const { bar, user } = await renderPlaying();
    testEmulator().store.faults.errorRate = 1;
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(await within(bar).findByRole('alert')).toHaveTextContent(
      'Spotify is having trouble right now',
    );
    expect(within(bar).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(player().isPlaying).toBe(true);
  });

  it('skips next and previous, and disables Previous on the first track (actions.disallows)', async () => {
    const { bar, user } = await renderPlaying();
    const entries = playlist('Road Trip').entries;
    expect(within(bar).getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(within(bar).getByRole('button', { name: 'Next' }));
    expect(await within(bar).findByText(trackName(entries[1]!.uri))).toBeInTheDocument();
    await waitFor(() =>
      expect(within(bar).getByRole('button', { name: 'Previous' })).toBeEnabled(),
    );
    await user.click(within(bar).getByRole('button', { name: 'Previous' }));
    expect(await within(bar).findByText(trackName(entries[0]!.uri))).toBeInTheDocument();
  });

  it('toggles shuffle (pressed state) and cycles repeat off -> context -> track -> off, announcing it', async () => {
    const { bar, user } = await renderPlaying();
    const shuffle = within(bar).getByRole('button', { name: 'Shuffle' });
    expect(shuffle).toHaveAttribute('aria-pressed', 'false');
    await user.click(shuffle);
    expect(shuffle).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(player().shuffle).toBe(true));

    const repeat = within(bar).getByRole('button', { name: 'Repeat' });
    expect(repeat).toHaveAccessibleDescription('Repeat off');
    await user.click(repeat);
    expect(repeat).toHaveAccessibleDescription('Repeat all');
    await waitFor(() => expect(player().repeat).toBe('context'));
    expect(
      await screen.findByText('Repeat all', { selector: '[role=status]' }),
    ).toBeInTheDocument();
    await user.click(repeat);
    await waitFor(() => expect(player().repeat).toBe('track'));
    await user.click(repeat);
    await waitFor(() => expect(player().repeat).toBe('off'));
  });

  it('never shows an older state while commands wait their turn, so a quick second press goes on from what it shows', async () => {
    const { bar, user } = await renderPlaying();
    const repeat = within(bar).getByRole('button', { name: 'Repeat' });
    const shown: string[] = [];
    const watcher = new MutationObserver(() => shown.push(repeat.title));
    watcher.observe(repeat, { attributes: true, attributeFilter: ['title'] });
    // Shuffle goes first; Repeat waits for it. The state read after Shuffle is answered
    // before Repeat reaches Spotify, so it still says "off".
    testEmulator().store.faults.latencyMs = 40;
    await user.click(within(bar).getByRole('button', { name: 'Shuffle' }));
    await user.click(repeat);
    await waitFor(() => expect(player().repeat).toBe('context'));
    await user.click(repeat);
    await waitFor(() => expect(player().repeat).toBe('track'));
    watcher.disconnect();
    expect(repeat).toHaveAccessibleDescription('Repeat one');
    expect(shown.filter((title, i) => title !== shown[i - 1])).toEqual([
      'Repeat all',
      'Repeat one',
    ]);
  });

  it('seeks and sets the volume with sliders that have names and values', async () => {
    const { bar } = await renderPlaying();
    const seek = within(bar).getByRole('slider', { name: 'Seek' });
    expect(seek).toHaveAttribute('aria-valuetext', expect.stringMatching(/^0:00 of \d+:\d\d$/));
    fireEvent.change(seek, { target: { value: '60000' } });
    await waitFor(() => expect(player().progressMs).toBe(60_000));
    const volume = within(bar).getByRole('slider', { name: 'Volume' });
    expect(volume).toHaveValue('65');
    fireEvent.change(volume, { target: { value: '30' } });
    await waitFor(() => expect(player().devices[0]!.volumePercent).toBe(30));
  });

  it('disables volume with the reason on a device without volume support, and transfers keeping play state', async () => {
    const { bar, user } = await renderPlaying();
    await user.click(within(bar).getByRole('button', { name: 'Devices' }));
    const devices = await within(bar).findByRole('region', { name: 'Devices' });
    expect(within(devices).getByRole('button', { name: /Demo Laptop/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(await within(devices).findByRole('button', { name: /Demo Phone/ }));
    await waitFor(() => expect(player().activeDeviceId).toBe(PHONE));
    expect(player().isPlaying).toBe(true);
    const volume = await within(bar).findByRole('slider', { name: 'Volume' });
    await waitFor(() => expect(volume).toBeDisabled());
    expect(volume).toHaveAccessibleDescription('This device does not let apps change its volume');
    expect(within(bar).getByText('on Demo Phone')).toBeInTheDocument();
  });

  it('closes the device list as soon as a device is chosen, so Devices opens it again while the transfer waits and is sent', async () => {
    const { bar, user } = await renderPlaying();
    // Spotify takes its time to answer, and the transfer waits behind a command given before.
    testEmulator().store.faults.latencyMs = 300;
    await user.click(within(bar).getByRole('button', { name: 'Devices' }));
    const devices = await within(bar).findByRole('region', { name: 'Devices' });
    const phone = await within(devices).findByRole('button', { name: /Demo Phone/ });
    await user.click(within(bar).getByRole('button', { name: 'Shuffle' }));
    await user.click(phone);
    expect(within(bar).queryByRole('region', { name: 'Devices' })).not.toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Devices' }));
    const again = await within(bar).findByRole('region', { name: 'Devices' });
    await waitFor(() => expect(player().activeDeviceId).toBe(PHONE));
    // Spotify's answer does not close the list opened again since.
    await waitFor(() =>
      expect(within(again).getByRole('button', { name: /Demo Phone/ })).toHaveAttribute(
        'aria-current',
        'true',
      ),
    );
    expect(again).toBeInTheDocument();
    testEmulator().store.faults.latencyMs = 0;
  });

  it('expands to the full player and collapses with its button, Escape or Back (history)', async () => {
    const { bar, user, router } = await renderPlaying('/playlists');
    await user.click(within(bar).getByRole('button', { name: 'Expand player' }));
    const collapse = await within(bar).findByRole('button', { name: 'Collapse player' });
    expect(collapse).toHaveAttribute('aria-expanded', 'true');
    expect(router.state.location.pathname).toBe('/playlists');
    await user.keyboard('{Escape}');
    expect(await within(bar).findByRole('button', { name: 'Expand player' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.click(within(bar).getByRole('button', { name: 'Expand player' }));
    await within(bar).findByRole('button', { name: 'Collapse player' });
    await router.navigate(-1);
    expect(await within(bar).findByRole('button', { name: 'Expand player' })).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Expand player' }));
    await user.click(await within(bar).findByRole('button', { name: 'Collapse player' }));
    expect(await within(bar).findByRole('button', { name: 'Expand player' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/playlists');
  });

  it('explains PREMIUM_REQUIRED and keeps the rest of the app working', async () => {
    const { bar, user } = await renderPlaying();
    testEmulator().store.settings.premium = false;
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(await within(bar).findByRole('alert')).toHaveTextContent(
      'Spotify lets apps control playback only for Premium accounts',
    );
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Playlists',
      }),
    );
    expect(await screen.findByRole('list', { name: 'Your playlists' })).toBeInTheDocument();
  });

  it('toggles play/pause with Space unless focus is in a text field', async () => {
    const { bar, user } = await renderPlaying('/playlists');
    const filter = await screen.findByRole('searchbox', { name: 'Filter playlists' });
    await user.click(filter);
    await user.keyboard(' ');
    expect(player().isPlaying).toBe(true);
    filter.blur();
    await user.keyboard(' ');
    await waitFor(() => expect(player().isPlaying).toBe(false));
    expect(within(bar).getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
});

describe('playing from a playlist', () => {
  it('plays from a row (context + offset) and adds to the queue, seen in the queue panel', async () => {
    const session = await signIn();
    await startPlayback(session.accessToken);
    const { user } = renderApp(`/playlists/${playlist('Road Trip').id}`);
    const entries = playlist('Road Trip').entries;
    const fifth = trackName(entries[4]!.uri);
    const fifthRow = (await screen.findAllByRole('row')).find(
      (r) => r.getAttribute('aria-rowindex') === '6',
    )!;
    await user.click(within(fifthRow).getByRole('button', { name: `Play ${fifth}` }));
    await waitFor(() => expect(player().currentUri).toBe(entries[4]!.uri));
    expect(player().contextUri).toBe(`spotify:playlist:${playlist('Road Trip').id}`);

    const tenth = trackName(entries[9]!.uri);
    const tenthRow = screen
      .getAllByRole('row')
      .find((r) => r.getAttribute('aria-rowindex') === '11')!;
    await user.click(within(tenthRow).getByRole('button', { name: `Add ${tenth} to queue` }));
    await waitFor(() => expect(player().queue).toEqual([entries[9]!.uri]));
    const bar = screen.getByRole('contentinfo', { name: 'Player' });
    await user.click(within(bar).getByRole('button', { name: 'Queue' }));
    const next = await within(bar).findByRole('list', { name: 'Next up' });
    expect(within(next).getAllByRole('listitem')[0]).toHaveTextContent(tenth);
    // What plays now has its heart there too.
    const queue = within(bar).getByRole('region', { name: 'Queue' });
    const now = within(queue).getByRole('heading', { name: 'Now playing' })
      .nextElementSibling as HTMLElement;
    expect(now).toHaveTextContent(fifth);
    expect(await within(now).findByRole('button', { name: 'Save to Liked Songs' })).toBeVisible();
  });

  it('marks the row the player has, in its list, whether it plays or is paused', async () => {
    const session = await signIn();
    await startPlayback(session.accessToken);
    const { user } = renderApp(`/playlists/${playlist('Road Trip').id}`);
    const entries = playlist('Road Trip').entries;
    const rowAt = (index: number) =>
      screen.getAllByRole('row').find((r) => r.getAttribute('aria-rowindex') === `${index + 2}`)!;
    const current = () =>
      screen
        .getAllByRole('row')
        .filter((r) => r.getAttribute('aria-current') === 'true')
        .map((r) => r.getAttribute('aria-rowindex'));
    await waitFor(() => expect(current()).toEqual(['2']));

    const fifth = trackName(entries[4]!.uri);
    await user.click(within(rowAt(4)).getByRole('button', { name: `Play ${fifth}` }));
    await waitFor(() => expect(current()).toEqual(['6']));
    expect(within(rowAt(4)).getByText(fifth)).toHaveClass('items-row__name');

    const bar = screen.getByRole('contentinfo', { name: 'Player' });
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    await within(bar).findByRole('button', { name: 'Play' });
    expect(current()).toEqual(['6']);
  });

  it('offers no play button on local files and unavailable items', async () => {
    await signIn();
    renderApp(`/playlists/${playlist('Local Files Mix').id}`);
    await screen.findByRole('grid');
    expect(screen.queryByRole('button', { name: 'Play Stairway to Heaven' })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Play / }).length).toBe(8);
  });
});

describe('interpolateProgress', () => {
  const item = { durationMs: 200_000 } as never;
  it('adds the time since the state arrived while playing, capped at the length', () => {
    expect(interpolateProgress({ progress_ms: 10_000, is_playing: true, item }, 1000, 4000)).toBe(
      13_000,
    );
    expect(interpolateProgress({ progress_ms: 199_000, is_playing: true, item }, 0, 5000)).toBe(
      200_000,
    );
  });
  it('stands still while paused', () => {
    expect(interpolateProgress({ progress_ms: 10_000, is_playing: false, item }, 1000, 9000)).toBe(
      10_000,
    );
  });
});

describe('Recently played page', () => {
  it('lists plays with when and from where, and loads more by cursor until Spotify has no more', async () => {
    await signIn();
    const { user } = renderApp('/recently-played');
    const list = await screen.findByRole('list', { name: 'Recently played tracks' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    // A play from one of your playlists names it.
    expect((await within(list).findAllByRole('link', { name: 'from Road Trip' })).length).toBe(10);
    expect(list.querySelector('time')).toHaveAttribute(
      'datetime',
      expect.stringMatching(/^\d{4}-/),
    );
    // A play plays again from its row.
    const first = within(list).getAllByRole('listitem')[0]!;
    const title = first.querySelector('.history__title')!.textContent;
    await user.click(within(first).getByRole('button', { name: `Play ${title}` }));
    // Nothing is active yet: the person picks where it plays.
    const chooser = await screen.findByRole('dialog');
    await user.click(within(chooser).getByRole('button', { name: /Demo Laptop/ }));
    await waitFor(() => expect(player().currentUri).not.toBeNull());
    expect(trackName(player().currentUri ?? '')).toBe(title);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(30));
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText(/That is everything Spotify keeps/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says so when nothing was played', async () => {
    testEmulator().store.player.history = [];
    await signIn();
    renderApp('/recently-played');
    expect(
      await screen.findByRole('heading', { name: 'Nothing played recently' }),
    ).toBeInTheDocument();
  });
});
