import { queryOptions } from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { MalformedResponseError } from '../../api/errors';
import { readCurrentUser } from '../../domain/read-spotify';
import type { CurrentUser } from '../../api/spotify-types';

async function fetchCurrentUser(): Promise<CurrentUser> {
  const { data } = await spotify().GET('/me');
  // The spec's PrivateUserObject still lists fields Dev Mode removed; CurrentUser is what comes back.
  const user = readCurrentUser(data);
  if (!user)
    throw new MalformedResponseError('Spotify sent a profile we could not read. Try again.');
  return user;
}

export const userQueries = {
  all: () => ['user'] as const,
  me: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'me'],
      queryFn: fetchCurrentUser,
      staleTime: 5 * 60_000,
    }),
};

/** display_name can be null (docs/spotify-api.md#null-items): fall back to the user id. */
export function displayName(user: Pick<CurrentUser, 'display_name' | 'id'>): string {
  return user.display_name?.trim() || user.id;
}
