import { expectNoAxeViolations, LIBRARY } from './axe';
import { expect, openSignedIn, test } from './fixtures';

// Your Library is beside the page on wide screens only: one desktop journey covers it.
test.skip(
  ({ viewport }) => (viewport?.width ?? 0) < 1024,
  'Your Library shows at 1024 px and wider',
);

test('Your Library: filter, sort, open, drop a song on a playlist, collapse and stay collapsed', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page, '/playlists');
  const library = page.getByRole('complementary', { name: 'Your Library' });
  const links = library.getByRole('link');
  await expect(links.first()).toHaveAccessibleName('Liked Songs Pinned');
  await expect(links.nth(1)).toHaveAccessibleName('Road Trip Playlist · Demo Listener');
  // Other journeys leave the sidebar out of their checks: it is checked here, in both themes.
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, { include: LIBRARY });
  }
  await page.emulateMedia({ colorScheme: null });

  // The filter keeps Liked Songs pinned; the sort puts the rest in order and is remembered.
  await library.getByLabel('Filter Your Library').fill('band');
  await expect(links).toHaveText([/^Liked Songs/, /^Band Practice/]);
  await library.getByLabel('Filter Your Library').fill('');
  await library.getByLabel('Sort Your Library').selectOption('Alphabetical');
  const names = (await library.locator('.library__name').allTextContents()).slice(1);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

  // The chips show one kind at a time: followed artists, then the playlists again.
  await library.getByRole('button', { name: 'Artists' }).click();
  await expect(links.first()).toHaveAccessibleName(/ Artist$/);
  await expectNoAxeViolations(page, { include: LIBRARY });
  await library.getByRole('button', { name: 'Playlists' }).click();
  await library.getByRole('link', { name: /^Road Trip Playlist/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Road Trip' })).toBeVisible();
  await expect(library.getByRole('link', { name: /^Road Trip Playlist/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(library.locator('[aria-current="page"]')).toHaveCount(1);

  // A row dropped on a playlist of yours is added at its end.
  const uri = (await emulator.playlist('Road Trip')).uris[1]!;
  const second = page.getByRole('grid').locator('[role="row"][aria-rowindex="3"]');
  const title = (await second.locator('.items-row__name').textContent())!;
  await second.dragTo(library.getByRole('link', { name: /^Band Practice Playlist/ }), {
    sourcePosition: { x: 260, y: 28 },
  });
  await expect(page.getByText(`Added “${title}” to Band Practice.`)).toBeVisible();
  await expect.poll(async () => (await emulator.playlist('Band Practice')).uris.at(-1)).toBe(uri);

  // Collapsed to covers: the names stay as the links' names, and it stays so after a reload.
  await library.getByRole('button', { name: 'Collapse Your Library' }).click();
  await expect(library.getByLabel('Filter Your Library')).toHaveCount(0);
  expect((await library.boundingBox())!.width).toBeLessThan(100);
  await page.reload();
  await expect(library.getByRole('button', { name: 'Expand Your Library' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(library.getByRole('link', { name: /^Band Practice Playlist/ })).toBeVisible();
  await expectNoAxeViolations(page, { include: LIBRARY });
});
