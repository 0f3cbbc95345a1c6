import { useQuery } from '@tanstack/react-query';
import { ArtistLinks } from '../../components/catalog-links';
import { CoverImage, pickImage } from '../../components/cover-image';
import { formatCount, formatLongDuration } from '../../lib/format';
import { CatalogPage } from './catalog-page';
import { CatalogTracks } from './catalog-tracks';
import { catalogQueries, type AlbumInfo } from './queries';

const EYEBROWS: Record<string, string> = {
  album: 'Album',
  single: 'Single',
  compilation: 'Compilation',
};

interface AlbumPageProps {
  id: string;
  /** Play and Save, from the player and the library (composed in app/routes). */
  actions: (album: AlbumInfo) => React.ReactNode;
}

/**
 * An album: cover, name, artists, year, track count and length, Play and Save; then its
 * tracks as any list of songs (the heart, Play from a track, Add to queue, the row menu,
 * a selection to add many to a playlist at once) through the track slots.
 */
export function AlbumPage({ id, actions }: AlbumPageProps) {
  return (
    <CatalogPage noun="album" query={useQuery(catalogQueries.album(id))}>
      {(album) => (
        <>
          <AlbumHeader album={album}>{actions(album)}</AlbumHeader>
          <CatalogTracks
            name={album.name}
            label={`Tracks of ${album.name}`}
            rows={album.rows}
            total={album.total}
            empty={['No tracks', 'Spotify lists no tracks on this album.']}
          />
        </>
      )}
    </CatalogPage>
  );
}

function AlbumHeader({ album, children }: { album: AlbumInfo; children: React.ReactNode }) {
  const lengthMs = album.rows.reduce((sum, row) => sum + (row.durationMs ?? 0), 0);
  return (
    <header className="playlist-header catalog-header">
      <CoverImage url={pickImage(album.images, 300)} label={album.name} size={192} />
      <div className="playlist-header__text">
        <p className="eyebrow">{EYEBROWS[album.type] ?? 'Album'}</p>
        <h1>{album.name}</h1>
        <p className="playlist-header__meta">
          <span>
            <ArtistLinks artists={album.artists} />
          </span>
          {album.year && <span>{album.year}</span>}
          {album.discs > 1 && <span>{formatCount(album.discs, 'disc')}</span>}
          <span>{formatCount(album.total, 'song')}</span>
          {album.total > 0 && (
            <span className="playlist-header__length">{formatLongDuration(lengthMs)}</span>
          )}
        </p>
        <div className="playlist-header__actions">{children}</div>
      </div>
    </header>
  );
}
