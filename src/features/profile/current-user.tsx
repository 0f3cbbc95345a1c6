import { useQuery } from '@tanstack/react-query';
import { displayName, userQueries } from './queries';

/** "Signed in as …" for the header; quiet while loading or when it fails. */
export function CurrentUser() {
  const { data: user } = useQuery(userQueries.me());
  if (!user) return null;
  return (
    <span className="current-user">
      <span className="visually-hidden">Signed in as </span>
      {displayName(user)}
    </span>
  );
}
