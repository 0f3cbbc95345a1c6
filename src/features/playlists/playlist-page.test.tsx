import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAGE_CONCURRENCY } from '../../api/paged-stream';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { lengthenPlaylist, testEmulator } from '../../testing/test-emulator';

function idOf(name: string) {
  for (const p of testEmulator().store.playlists.values()) if (p.name === name) return p.id;
  throw new Error(name);
}
const allItemRequests = (id: string) =>
  testEmulator().store.requestLog.filter((r) => r.path === `/v1/playlists/${id}/items`);
/** Item pages read (the first page may first be refused at 100 a page: see the page size test). */
const itemRequests = (id: string) => allItemRequests(id).filter((r) => r.status === 200);
const limitOf = (r: { query: string }) => new URLSearchParams(r.query).get('limit');

async function openPlaylist(name: string) {
  await signIn();
  const view = renderApp(`/playlists/${idOf(name)}`);
  await screen.findByRole('heading', { level: 1, name });
  return view;
}

const dataRows = async () => {
  const grid = await screen.findByRole('grid');
  return within(grid).getAllByRole('row').slice(1);
};

describe('Playlist page', () => {
  it('shows the header: name, safe description, owner, visibility, count and total length', async () => {
    await openPlaylist('Road Trip');
    const header = screen.getByRole('heading', { level: 1, name: 'Road Trip' }).closest('header')!;
    expect(within(header).getByText('Public playlist')).toBeInTheDocument();
    expect(
      within(header).getByText(/Windows down & volume up\. Songs for the long way round —/),
    ).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Road Trip Classics' })).toHaveAttribute(
      'href',
      'https://open.spotify.com/playlist/37i9dQZF1DX9wC1KY45plY',
    );
    expect(within(header).getByRole('link', { name: 'Demo Listener' })).toBeInTheDocument();
    expect(within(header).getByText('25 items')).toBeInTheDocument();
    const expectedMs = testEmulator()
      .store.playlists.get(idOf('Road Trip'))!
      .entries.reduce(
        (sum, e) => sum + testEmulator().store.tracks.get(e.uri.split(':')[2]!)!.durationMs,
        0,
      );
    const minutes = Math.round(expectedMs / 60_000);
    expect(
      await within(header).findByText(`${Math.floor(minutes / 60)} hr ${minutes % 60} min`),
    ).toBeInTheDocument();
  });

  it('renders a hostile description as text: no script, no javascript: link', async () => {
    await openPlaylist('Late Night');
    const description = screen.getByText(/For 3 a\.m\. <3 click me/);
    expect(description).toHaveTextContent('For 3 a.m. <3 click me bold "quoted"');
    expect(within(description).queryByRole('link')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('Private playlist')).toBeInTheDocument();
  });

  it('shows items with position, title, artists, album, date, added by and length', async () => {
    await openPlaylist('Road Trip');
    const rows = await dataRows();
    const entry = testEmulator().store.playlists.get(idOf('Road Trip'))!.entries[0]!;
    const track = testEmulator().store.tracks.get(entry.uri.split(':')[2]!)!;
    // The first two cells are the row's checkbox and drag handle (the owner may edit).
    const cells = within(rows[0]!).getAllByRole('gridcell').slice(2);
    expect(
      within(rows[0]!).getByRole('checkbox', { name: `Select ${track.name}` }),
    ).not.toBeChecked();
    expect(within(rows[0]!).getByRole('button', { name: `Move ${track.name}` })).toBeEnabled();
    expect(cells[0]).toHaveTextContent('1');
    expect(cells[1]).toHaveTextContent(track.name);
    expect(cells[1]).toHaveTextContent(testEmulator().store.artists.get(track.artistIds[0]!)!.name);
    expect(cells[2]).toHaveTextContent(testEmulator().store.albums.get(track.albumId)!.name);
    expect(cells[3]!.textContent).toMatch(/\d{4}/);
    expect(cells[4]).toHaveTextContent('demolistener');
    expect(cells[5]!.textContent).toMatch(/^\d+:\d\d$/);
    expect(screen.getByRole('grid', { name: 'Items in Road Trip' })).toHaveAttribute(
      'aria-rowcount',
      '26',
    );
  });

  it('draws the rows a taller window shows once it grows', async () => {
    await openPlaylist('Road Trip');
    // jsdom's window is 768 px tall: about 14 rows of 25 show, with a few drawn below.
    expect((await dataRows()).length).toBeLessThan(25);
    const height = window.innerHeight;
    Object.defineProperty(window, 'innerHeight', { value: 3000, configurable: true });
    try {
      window.dispatchEvent(new Event('resize'));
      await waitFor(async () => expect(await dataRows()).toHaveLength(25));
    } finally {
      Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
    }
  });

  it('greys out local files with a label, aria-disabled and an explanation, using their tags', async () => {
    await openPlaylist('Local Files Mix');
    const rows = await dataRows();
    const local = rows[0]!;
    expect(local).toHaveAttribute('aria-disabled', 'true');
    expect(within(local).getByText('Local file')).toBeInTheDocument();
    expect(local).toHaveTextContent('Stairway to Heaven');
    expect(local).toHaveTextContent('Led Zepplin');
    expect(local).toHaveTextContent('8:02');
    expect(local).toHaveAccessibleDescription(/plays it only in its desktop and mobile apps/);
    expect(rows[1]).not.toHaveAttribute('aria-disabled');
    expect(rows.filter((r) => within(r).queryByText('Local file'))).toHaveLength(5);
  });

  it('greys out unavailable items and keeps old entries without dates', async () => {
    await openPlaylist('Lost & Found');
    const rows = await dataRows();
    const unavailable = rows.filter((r) => within(r).queryByText('Unavailable'));
    expect(unavailable.length).toBeGreaterThan(0);
    for (const row of unavailable) expect(row).toHaveAttribute('aria-disabled', 'true');
    expect(unavailable[0]).toHaveAccessibleDescription(/no longer available on Spotify/);
    expect(within(rows[0]!).getAllByRole('gridcell')[5]).toBeEmptyDOMElement();
  });

  it('shows episodes with their show and an episode marker', async () => {
    await openPlaylist('Podcasts & Songs');
    const rows = await dataRows();
    const episode = rows[3]!;
    expect(within(episode).getByText('Episode')).toBeInTheDocument();
    expect(episode).toHaveTextContent('The Demo Hour');
    expect(episode).not.toHaveAttribute('aria-disabled');
  });

  it('explains that Spotify shares a followed playlist only with its owner', async () => {
    await openPlaylist("Editor's Picks");
    expect(
      screen.getByRole('heading', { name: "Spotify does not share this playlist's items" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/This playlist belongs to Curator Collective/)).toBeInTheDocument();
    expect(await screen.findByText('40 items')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(itemRequests(idOf("Editor's Picks"))).toHaveLength(0);
  });

  it('says an empty playlist is empty', async () => {
    await openPlaylist('Empty Shelf');
    expect(
      await screen.findByRole('heading', { name: 'This playlist is empty' }),
    ).toBeInTheDocument();
  });

  it.each([['0000000000000000000000'], ['not-a-valid-id']])(
    'shows the not-found page for %s',
    async (id) => {
      await signIn();
      renderApp(`/playlists/${id}`);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
      ).toBeInTheDocument();
    },
  );

  it('shows other errors with a retry', async () => {
    await signIn();
    testEmulator().store.faults.errorRate = 1;
    const { user } = renderApp(`/playlists/${idOf('Road Trip')}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This playlist could not be loaded');
    testEmulator().store.faults.errorRate = 0;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Road Trip' })).toBeInTheDocument();
  });

  it('reads a playlist of up to 50 items from GET /playlists/{id} alone, with no item requests', async () => {
    await openPlaylist('Road Trip');
    expect(await screen.findByText('All 25 items loaded.')).toBeInTheDocument();
    expect(allItemRequests(idOf('Road Trip'))).toHaveLength(0);
  });

  it('makes no item requests when an unchanged playlist is opened again', async () => {
    await signIn();
    lengthenPlaylist(idOf('Road Trip'));
    const { user, router } = await openPlaylist('Road Trip');
    await dataRows();
    expect(await screen.findByText('All 75 items loaded.')).toBeInTheDocument();
    expect(itemRequests(idOf('Road Trip'))).toHaveLength(1);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Playlists',
      }),
    );
    await user.click(await screen.findByRole('link', { name: 'Road Trip' }));
    await screen.findByRole('heading', { level: 1, name: 'Road Trip' });
    await dataRows();
    expect(router.state.location.pathname).toBe(`/playlists/${idOf('Road Trip')}`);
    expect(itemRequests(idOf('Road Trip'))).toHaveLength(1);
  });

  it('streams a 10,000-item playlist: first rows at once, progress, 199 pages after the embedded one, few DOM rows', async () => {
    testEmulator().store.faults.latencyMs = 5;
    await openPlaylist('Ten Thousand Songs');
    const rows = await dataRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(screen.getByRole('progressbar', { name: 'Loading items' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 15_000 });
    expect(screen.getByText('All 10,000 items loaded.')).toBeInTheDocument();
    const requests = itemRequests(idOf('Ten Thousand Songs'));
    // Items 0-49 came with the playlist itself.
    expect(requests).toHaveLength(199);
    expect(new Set(requests.map((r) => r.query)).size).toBe(199);
    expect(requests.some((r) => new URLSearchParams(r.query).get('offset') === '0')).toBe(false);
    expect((await dataRows()).length).toBeLessThan(100);
  }, 20_000);

  it('asks for 100 items a page, and for 50 once Spotify refuses or shortens 100', async () => {
    const faults = testEmulator().store.faults;
    const id = idOf('Ten Thousand Songs');
    const load = async () => {
      testEmulator().store.requestLog.length = 0;
      const view = renderApp(`/playlists/${id}`);
      await screen.findByText('All 10,000 items loaded.', undefined, { timeout: 15_000 });
      view.unmount();
      view.disconnect();
      return allItemRequests(id).map((r) => `${r.status} ${limitOf(r)}`);
    };
    await signIn();
    faults.itemPageMax = 100;
    const hundred = await load();
    expect(hundred).toHaveLength(100);
    expect(new Set(hundred)).toEqual(new Set(['200 100']));

    // The first wave (PAGE_CONCURRENCY at once) asks for 100; what is refused is asked again at 50.
    const count = (answers: string[], answer: string) => answers.filter((a) => a === answer).length;
    faults.itemPageMax = 50;
    const refused = await load();
    expect(count(refused, '400 100')).toBeGreaterThan(0);
    expect(count(refused, '400 100')).toBeLessThanOrEqual(PAGE_CONCURRENCY);
    expect(count(refused, '200 50')).toBe(199);
    expect(refused).toHaveLength(199 + count(refused, '400 100'));

    faults.itemPageOverMax = 'shorten';
    const shortened = await load();
    const short = count(shortened, '200 100');
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThanOrEqual(PAGE_CONCURRENCY);
    expect(count(shortened, '200 50')).toBe(199 - short);
    expect(shortened).toHaveLength(199);
  }, 40_000);

  it('moves between rows with the keyboard', async () => {
    const { user } = await openPlaylist('Road Trip');
    const rows = await dataRows();
    expect(rows[0]).toHaveAttribute('tabindex', '0');
    expect(rows[1]).toHaveAttribute('tabindex', '-1');
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '4');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '3');
  });
});
