import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { backendUrls, type BackendId } from '../../../auth/backends';
import { hasScope } from '../../../auth/scopes';
import { getSession, subscribeToSession } from '../../../auth/token-store';
import { playerQueries } from '../queries';
import { webPlayback } from './web-playback';

/** "backend streaming?" for the current session, as a string so the snapshot is stable. */
function sessionKey(): string {
  const session = getSession();
  return session ? `${session.backend} ${hasScope(session.scopes, 'streaming')}` : '';
}

/**
 * Keeps this browser's player connected while the signed-in frame is shown: started
 * when the login holds `streaming`, otherwise marked as needing that scope. Its events
 * refetch the player state and devices, so the bar follows what happens in the browser.
 */
export function useBrowserDevice() {
  const queryClient = useQueryClient();
  const key = useSyncExternalStore(subscribeToSession, sessionKey);
  useEffect(() => {
    if (!key) return;
    const [backend, streaming] = key.split(' ') as [BackendId, string];
    if (streaming !== 'true') return webPlayback.needsScope();
    return webPlayback.attach(backendUrls(backend).webPlaybackSdk, () => {
      void queryClient.invalidateQueries({ queryKey: playerQueries.state().queryKey });
      void queryClient.invalidateQueries({ queryKey: playerQueries.devices().queryKey });
    });
  }, [key, queryClient]);
}
