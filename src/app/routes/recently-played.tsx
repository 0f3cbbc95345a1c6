export { RecentlyPlayedPage as Component } from '../../features/player/recently-played-page';
