import { useQuery } from '@tanstack/react-query';
import { CoverImage, pickImage } from '../../components/cover-image';
import { formatCount } from '../../lib/format';
import { CatalogPage } from './catalog-page';
import { CatalogTracks } from './catalog-tracks';
import { catalogQueries, type ShowInfo } from './queries';

interface ShowPageProps {
  id: string;
  /** Follow, from the library (composed in app/routes). */
  actions: (show: ShowInfo) => React.ReactNode;
}

/**
 * A podcast: cover, name, description, episode count and Follow; then its episodes newest
 * first as any list (Play from an episode, Add to queue, save it, the row menu).
 */
export function ShowPage({ id, actions }: ShowPageProps) {
  return (
    <CatalogPage noun="podcast" query={useQuery(catalogQueries.show(id))}>
      {(show) => (
        <>
          <header className="playlist-header catalog-header">
            <CoverImage url={pickImage(show.images, 300)} label={show.name} size={192} />
            <div className="playlist-header__text">
              <p className="eyebrow">Podcast</p>
              <h1>{show.name}</h1>
              {show.description && <p className="muted">{show.description}</p>}
              <p className="playlist-header__meta">
                <span>{formatCount(show.total, 'episode')}</span>
              </p>
              <div className="playlist-header__actions">{actions(show)}</div>
            </div>
          </header>
          <CatalogTracks
            name={show.name}
            label={`Episodes of ${show.name}`}
            rows={show.rows}
            total={show.total}
            empty={['No episodes', 'Spotify lists no episodes of this podcast.']}
            withoutAlbum
          />
        </>
      )}
    </CatalogPage>
  );
}
