/**
 * Internal records -> the Development Mode shapes in src/api/spotify-types.ts. Removed
 * fields are never produced; local files and unavailable items follow sections 7 and 8.
 */
import type {
  Album,
  Artist,
  CurrentUser,
  Episode,
  Image,
  Playlist,
  PlaylistItem,
  PlaylistOwner,
  PlaylistUser,
  Paging,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedPlaylist,
  Show,
  SimplifiedEpisode,
  SimplifiedShow,
  SimplifiedTrack,
  Track,
} from '../src/api/spotify-types';
import { paging } from './http';
import type { PlaylistEntry, PlaylistRecord, Store, StoredImage } from './store';

export const PLAYLIST_EMBED_LIMIT = 50;

export function createSerializer(store: Store, origin: string) {
  const api = (path: string) => `${origin}/v1${path}`;
  const open = (type: string, id: string) => ({
    spotify: `https://open.spotify.com/${type}/${id}`,
  });
  const generatedImages = (kind: string, key: string): Image[] =>
    [640, 300, 60].map((size) => ({
      url: `${origin}/images/${kind}/${encodeURIComponent(key)}?size=${size}`,
      height: size,
      width: size,
    }));

  const playlistImages = (playlist: PlaylistRecord): Image[] =>
    imagesOf(playlist.id, playlist.image);
  const imagesOf = (playlistId: string, image: StoredImage | null): Image[] => {
    if (!image) return [];
    // Custom uploads come back without dimensions (docs/spotify-api.md#object-shapes).
    if (image.kind === 'upload') {
      return [
        {
          url: `${origin}/images/upload/${playlistId}/${image.version}`,
          height: null,
          width: null,
        },
      ];
    }
    return generatedImages('playlist', image.label);
  };

  const artist = (id: string): SimplifiedArtist => {
    const record = store.artists.get(id)!;
    return {
      id,
      name: record.name,
      type: 'artist',
      uri: `spotify:artist:${id}`,
      href: api(`/artists/${id}`),
      external_urls: open('artist', id),
    };
  };

  const album = (id: string): SimplifiedAlbum => {
    const record = store.albums.get(id)!;
    return {
      album_type: record.albumType,
      total_tracks: record.trackIds.length,
      external_urls: open('album', id),
      href: api(`/albums/${id}`),
      id,
      images: generatedImages('album', id),
      name: record.name,
      release_date: record.releaseDate,
      release_date_precision: 'day',
      type: 'album',
      uri: `spotify:album:${id}`,
      artists: record.artistIds.map(artist),
    };
  };

  const track = (id: string): Track => {
    const record = store.tracks.get(id)!;
    return {
      album: album(record.albumId),
      artists: record.artistIds.map(artist),
      disc_number: record.discNumber ?? 1,
      duration_ms: record.durationMs,
      explicit: record.explicit,
      external_ids: { isrc: record.isrc },
      external_urls: open('track', id),
      href: api(`/tracks/${id}`),
      id,
      is_local: false,
      ...(record.unavailable
        ? { is_playable: false, restrictions: { reason: 'market' } }
        : { is_playable: true }),
      name: record.name,
      preview_url: null,
      track_number: record.trackNumber,
      type: 'track',
      uri: `spotify:track:${id}`,
    };
  };

  const fullArtist = (id: string): Artist => ({
    ...(artist(id) as Artist),
    genres: store.artists.get(id)!.genres,
    images: generatedImages('artist', id),
  });

  const simplifiedTrack = (id: string): SimplifiedTrack => {
    const { album: _album, external_ids: _ids, ...rest } = track(id);
    return rest;
  };

  /** GET /albums/{id}: the album with its first page of tracks (50 at most). */
  const fullAlbum = (id: string, tracks: Paging<string>): Album => {
    const record = store.albums.get(id)!;
    return {
      ...album(id),
      tracks: { ...tracks, items: tracks.items.map(simplifiedTrack) },
      copyrights: [{ text: `${record.releaseDate.slice(0, 4)} Demo Records`, type: 'C' }],
      external_ids: { upc: `00${id.slice(0, 10)}` },
      genres: [],
    };
  };

  /** A local file's item: catalogue ids and links are null, names come from its tags (docs/spotify-api.md#local-files). */
  const localTrack = (entry: PlaylistEntry): Track => {
    const file = entry.local!;
    return {
      album: {
        album_type: null,
        total_tracks: 0,
        external_urls: {},
        href: null,
        id: null,
        images: [],
        name: file.album,
        release_date: '',
        release_date_precision: 'year',
        type: 'album',
        uri: null,
        artists: [],
      },
      artists: [
        { id: null, uri: null, href: null, name: file.artist, type: 'artist', external_urls: {} },
      ],
      disc_number: 0,
      duration_ms: file.seconds * 1000,
      explicit: false,
      external_ids: {},
      external_urls: {},
      href: null,
      id: null,
      is_local: true,
      name: file.title,
      preview_url: null,
      track_number: 0,
      type: 'track',
      uri: entry.uri,
    };
  };

  const show = (id: string): SimplifiedShow => {
    const record = store.shows.get(id)!;
    return {
      copyrights: [],
      description: record.description,
      html_description: `<p>${record.description}</p>`,
      explicit: false,
      external_urls: open('show', id),
      href: api(`/shows/${id}`),
      id,
      images: generatedImages('show', id),
      is_externally_hosted: false,
      languages: ['en'],
      media_type: 'audio',
      name: record.name,
      type: 'show',
      uri: `spotify:show:${id}`,
      total_episodes: record.episodeIds.length,
    };
  };

  const episode = (id: string): Episode => {
    const record = store.episodes.get(id)!;
    return {
      audio_preview_url: null,
      description: record.description,
      html_description: `<p>${record.description}</p>`,
      duration_ms: record.durationMs,
      explicit: false,
      external_urls: open('episode', id),
      href: api(`/episodes/${id}`),
      id,
      images: generatedImages('show', record.showId),
      is_externally_hosted: false,
      is_playable: true,
      languages: ['en'],
      name: record.name,
      release_date: record.releaseDate,
      release_date_precision: 'day',
      type: 'episode',
      uri: `spotify:episode:${id}`,
      show: show(record.showId),
    };
  };

  const simplifiedEpisode = (id: string): SimplifiedEpisode => {
    const { show: _show, ...rest } = episode(id);
    return rest;
  };

  /** GET /shows/{id}: the show with its first page of episodes. */
  const fullShow = (id: string, episodes: Paging<string>): Show => ({
    ...show(id),
    episodes: { ...episodes, items: episodes.items.map(simplifiedEpisode) },
  });

  /** A track or episode by URI, or null when the catalogue has no such item. */
  const playable = (uri: string): Track | Episode | null => {
    const [, type, id = ''] = uri.split(':');
    if (type === 'track' && store.tracks.has(id)) return track(id);
    if (type === 'episode' && store.episodes.has(id)) return episode(id);
    return null;
  };

  const userRef = (id: string): PlaylistUser => ({
    external_urls: open('user', id),
    href: api(`/users/${encodeURIComponent(id)}`),
    id,
    type: 'user',
    uri: `spotify:user:${id}`,
  });

  const owner = (id: string): PlaylistOwner => ({
    ...userRef(id),
    display_name: store.users.get(id)?.displayName ?? null,
  });

  const user = (id: string): CurrentUser => {
    const record = store.users.get(id)!;
    return {
      account_id: record.accountId,
      display_name: record.displayName,
      external_urls: open('user', id),
      href: api(`/users/${encodeURIComponent(id)}`),
      id,
      images: record.hasImage ? generatedImages('user', id).slice(1) : [],
      type: 'user',
      uri: `spotify:user:${id}`,
    };
  };

  const playlistItem = (entry: PlaylistEntry, withEpisodes: boolean): PlaylistItem => {
    let item: Track | Episode | null = null;
    if (entry.local) item = localTrack(entry);
    else if (!entry.unavailable) item = playable(entry.uri);
    // Without additional_types=episode, episodes come back as null (5.1 [E]).
    if (item?.type === 'episode' && !withEpisodes) item = null;
    return {
      added_at: entry.addedAt,
      added_by: entry.addedBy ? userRef(entry.addedBy) : null,
      is_local: !!entry.local,
      item,
    };
  };

  const playlistBase = (playlist: PlaylistRecord) => ({
    collaborative: playlist.collaborative,
    description: playlist.description,
    external_urls: open('playlist', playlist.id),
    href: api(`/playlists/${playlist.id}`),
    id: playlist.id,
    images: playlistImages(playlist),
    name: playlist.name,
    owner: owner(playlist.ownerId),
    public: playlist.public,
    snapshot_id: playlist.snapshotId,
    type: 'playlist' as const,
    uri: `spotify:playlist:${playlist.id}`,
  });

  const simplifiedPlaylist = (playlist: PlaylistRecord): SimplifiedPlaylist => ({
    ...playlistBase(playlist),
    items: { href: api(`/playlists/${playlist.id}/items`), total: playlist.entries.length },
  });

  const itemsPage = (
    playlist: PlaylistRecord,
    url: URL,
    offset: number,
    limit: number,
    withEpisodes: boolean,
  ) => {
    const slice = playlist.entries
      .slice(offset, offset + limit)
      .map((e) => playlistItem(e, withEpisodes));
    const page = paging(playlist.entries, url, offset, limit);
    return { ...page, items: slice };
  };

  const fullPlaylist = (
    playlist: PlaylistRecord,
    canReadItems: boolean,
    withEpisodes: boolean,
  ): Playlist => {
    const result: Playlist = {
      ...playlistBase(playlist),
      followers: { href: null, total: playlist.followers },
    };
    if (canReadItems) {
      result.items = itemsPage(
        playlist,
        new URL(api(`/playlists/${playlist.id}/items`)),
        0,
        PLAYLIST_EMBED_LIMIT,
        withEpisodes,
      );
    }
    return result;
  };

  return {
    artist,
    fullArtist,
    album,
    fullAlbum,
    track,
    simplifiedTrack,
    episode,
    simplifiedEpisode,
    show,
    fullShow,
    playable,
    user,
    owner,
    simplifiedPlaylist,
    fullPlaylist,
    itemsPage,
    imagesOf,
    api,
  };
}

export type Serializer = ReturnType<typeof createSerializer>;
