import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { AudioLines } from 'lucide-react';
import { Outlet, useLocation } from 'react-router';
import { CurrentLink } from '../components/current-link';
import { COMPACT_PLAYER_QUERY, SIDEBAR_QUERY, useMediaQuery } from '../components/use-media-query';
import { isPlayerExpanded } from '../features/player/expanded-player';
import { PlayerAccountProvider } from '../features/player/player-account';
import { PlayerBar } from '../features/player/player-bar';
import { useNowPlayingMark } from '../features/player/queries';
import { TrackSlotsProvider, type TrackSlots } from '../components/track-list/track-slots';
import { OfflineNotice } from '../components/offline-notice';
import { RateLimitNotice } from './rate-limit-notice';
import { UpdatePrompt } from './update-prompt';
import { UndoToast } from '../components/undo/undo-toast';
import { AccountMenu } from './account-menu';
import { userQueries } from '../features/profile/queries';
import { PlaylistName } from '../features/playlists/playlist-name';
import { preloadPages } from './routes';
import { afterStart } from '../lib/after-start';
import { useSearchShortcut } from './search-shortcut';
import { useInPageLinks } from './in-page-links';
import type { SidebarShelfOptions } from '../features/library/collection-links';
import './signed-in-layout.css';

// The heart's code (library queries and mutations) loads after the first page, which
// stays within its size budget; its place is kept meanwhile.
const SaveButton = lazy(() =>
  import('../features/library/save-button').then((m) => ({ default: m.LoneSaveButton })),
);

// Your Library is on wide screens only; phones never load its code.
const YourLibrary = lazy(() =>
  import('../features/playlists/sidebar/your-library').then((m) => ({ default: m.YourLibrary })),
);
const SidebarShelves = lazy(() =>
  import('../features/library/collection-links').then((m) => ({ default: m.SidebarShelves })),
);

/** Your Library's albums, artists and podcasts, after its playlists in the sidebar. */
const sidebarShelves = (options: SidebarShelfOptions) => (
  <Suspense fallback={null}>
    <SidebarShelves options={options} />
  </Suspense>
);

const playlistName: TrackSlots['playlistName'] = (id) => <PlaylistName id={id} />;

/** The Liked Songs heart, for every track shown anywhere. */
const heart: TrackSlots['heart'] = (row, options) => (
  <Suspense fallback={<span className="row-action row-action--blank" />}>
    <SaveButton row={row} tabIndex={options?.tabIndex} />
  </Suspense>
);

/**
 * A navigation label that a phone's tab bar shortens to one line: the rest of the name is
 * heard there but not seen, so what is seen ("Recent") is how the name ("Recently played")
 * begins, and voice control finds the tab by what it shows.
 */
function TabLabel({ shown, rest }: { shown: string; rest: string }) {
  return (
    <span className="tab-label">
      {shown}
      <span className="tab-label__rest">{rest}</span>
    </span>
  );
}

/** The frame of every signed-in page: navigation, the page, and the player bar's slot. */
export function SignedInLayout() {
  // The player remembers the device a person chose per account.
  const me = useQuery(userQueries.me());
  // On phones the expanded player covers the page; what it covers is out of reach meanwhile.
  const location = useLocation();
  const compact = useMediaQuery(COMPACT_PLAYER_QUERY);
  const covered = compact && isPlayerExpanded(location);
  const wide = useMediaQuery(SIDEBAR_QUERY);
  // Every page's code ahead, once this one has started: offline, any page still opens.
  useEffect(() => afterStart(preloadPages), []);
  useSearchShortcut();
  useInPageLinks();
  // What every list gets from other features: the heart, the row the player has, and the
  // names of your playlists where the player says what it plays from.
  const nowPlaying = useNowPlayingMark();
  const trackSlots = useMemo<TrackSlots>(() => ({ heart, nowPlaying, playlistName }), [nowPlaying]);
  return (
    <PlayerAccountProvider account={me.data?.id ?? null}>
      <TrackSlotsProvider value={trackSlots}>
        <div className="layout">
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="layout__header" inert={covered}>
            <span className="layout__brand">
              <AudioLines className="layout__mark" size={22} aria-hidden="true" />
              <span className="hidden-below-desktop">Library Manager</span>
            </span>
            <nav aria-label="Main">
              <ul className="layout__nav">
                <li>
                  <CurrentLink to="/playlists">Playlists</CurrentLink>
                </li>
                <li>
                  <CurrentLink to="/search">Search</CurrentLink>
                </li>
                <li>
                  <CurrentLink to="/liked">
                    <TabLabel shown="Liked " rest="Songs" />
                  </CurrentLink>
                </li>
                <li>
                  <CurrentLink to="/recently-played">
                    <TabLabel shown="Recent" rest="ly played" />
                  </CurrentLink>
                </li>
                <li>
                  <CurrentLink to="/profile">Profile</CurrentLink>
                </li>
              </ul>
            </nav>
            <span className="layout__account">
              <AccountMenu />
            </span>
          </header>
          {wide && (
            <Suspense fallback={<div className="library-slot" />}>
              <YourLibrary userId={me.data?.id ?? null} shelves={sidebarShelves} />
            </Suspense>
          )}
          <div className="layout__content" inert={covered}>
            <OfflineNotice />
            <RateLimitNotice />
            <UpdatePrompt />
            <Outlet />
          </div>
          <UndoToast />
          <footer className="layout__player" aria-label="Player">
            <PlayerBar />
          </footer>
        </div>
      </TrackSlotsProvider>
    </PlayerAccountProvider>
  );
}
