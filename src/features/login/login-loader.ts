import { redirect, type LoaderFunctionArgs } from 'react-router';
import { emulatorUrl, savedSpotifyClientId } from '../../auth/backends';
import { safeReturnPath } from '../../auth/return-path';
import { getSession, signOutReason, type SignOutReason } from '../../auth/token-store';

export interface LoginLoaderData {
  from: string;
  signOutReason: SignOutReason | null;
  demoAvailable: boolean;
  clientId: string;
}

/** Signed-in visitors go straight on; others get the page, with why they were signed out. */
export function loginLoader({ request }: LoaderFunctionArgs): LoginLoaderData | Response {
  const from = safeReturnPath(new URL(request.url).searchParams.get('from'));
  if (getSession()) return redirect(from);
  return {
    from,
    signOutReason: signOutReason(),
    demoAvailable: !!emulatorUrl(),
    clientId: savedSpotifyClientId(),
  };
}
