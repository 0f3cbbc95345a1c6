import { CurrentLink } from './current-link';

/**
 * One entry of Your Library's sidebar (a playlist, Liked Songs, an album, an artist, a
 * podcast): its picture, its name, then its kind and maker, all of it the link's name as
 * seen. Styled by the sidebar (features/playlists/sidebar/your-library.css).
 */
export function LibraryLink({
  to,
  name,
  meta,
  collapsed,
  children,
}: {
  to: string;
  name: string;
  meta: string;
  collapsed: boolean;
  children: React.ReactNode;
}) {
  return (
    <CurrentLink to={to} className="library__item" title={`${name}\n${meta}`} draggable={false}>
      {children}
      <span className={collapsed ? 'visually-hidden' : 'library__text'}>
        <span className="library__name">{name}</span> <span className="library__meta">{meta}</span>
      </span>
    </CurrentLink>
  );
}
