import { createContext, useContext } from 'react';

/**
 * The signed-in account's user id, given by the app (which reads the profile), so the
 * player can remember devices per account without reaching into another feature.
 */
const PlayerAccount = createContext<string | null>(null);

export function PlayerAccountProvider({
  account,
  children,
}: {
  account: string | null;
  children: React.ReactNode;
}) {
  return <PlayerAccount value={account}>{children}</PlayerAccount>;
}

export function usePlayerAccount(): string | null {
  return useContext(PlayerAccount);
}
