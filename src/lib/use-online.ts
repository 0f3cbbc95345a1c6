import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/** Whether the browser is online, as React Query sees it (its queries pause offline). */
export const useOnline = () => useSyncExternalStore(subscribe, isOnline);

/** Why an editing control is unavailable offline: in its accessible description. */
export const OFFLINE_REASON =
  'You are offline: changes can be made again once you are back online.';
