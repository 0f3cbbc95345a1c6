import { Link, useLocation } from 'react-router';

/**
 * One entry of Your Library's sidebar (a playlist, Liked Songs, an album, an artist, a
 * podcast): its picture, its name, then its kind and maker, all of it the link's name as
 * seen. Styled by the sidebar (features/playlists/sidebar/your-library.css).
 *
 * A Link marked current from the location, not a NavLink: a NavLink also renders again on
 * every change of the router's state (each page's code and data loading), and the sidebar
 * holds dozens of them. In a profile of a playlist opening on a phone-speed CPU they cost
 * more than the rows.
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
  const current = useLocation().pathname.replace(/\/$/, '') === to;
  return (
    <Link
      to={to}
      className="library__item"
      title={`${name}\n${meta}`}
      draggable={false}
      aria-current={current ? 'page' : undefined}
    >
      {children}
      <span className={collapsed ? 'visually-hidden' : 'library__text'}>
        <span className="library__name">{name}</span> <span className="library__meta">{meta}</span>
      </span>
    </Link>
  );
}
