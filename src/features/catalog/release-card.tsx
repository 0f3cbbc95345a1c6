import { Link } from 'react-router';
import { albumPath } from '../../components/catalog-links';
import { CoverImage, pickImage } from '../../components/cover-image';
import type { Release } from './queries';

const TYPES: Record<string, string> = {
  album: 'Album',
  single: 'Single',
  compilation: 'Compilation',
};

/** An album as a card: cover, name (the link) and "2019 · Album". */
export function ReleaseCard({ release }: { release: Release }) {
  const details = [release.year, TYPES[release.type]].filter(Boolean).join(' · ');
  return (
    <article className="release-card">
      <CoverImage url={pickImage(release.images, 300)} label={release.name} size={160} />
      <h3 className="release-card__name">
        {/* The whole card is the link's target (CSS), its name the link's text. */}
        <Link to={albumPath(release.id)} className="release-card__link">
          {release.name}
        </Link>
      </h3>
      {details && <p className="release-card__meta muted">{details}</p>}
    </article>
  );
}
