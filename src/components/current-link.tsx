import { Link, useLocation, type LinkProps } from 'react-router';

/**
 * A link marked as the page shown (aria-current="page") when the address is its path: the
 * main navigation's and Your Library's. Not React Router's NavLink, which also renders
 * again on every change of the router's state (each page's code and data loading): the
 * sidebar holds dozens of links, and in a 4x-CPU profile of a playlist opening they cost
 * more than the rows.
 */
export function CurrentLink({ to, ...props }: LinkProps & { to: string }) {
  const current = useLocation().pathname.replace(/\/$/, '') === to;
  return <Link to={to} aria-current={current ? 'page' : undefined} {...props} />;
}
