/**
 * Where a play request goes when no device is active: the device the person chose last
 * time (remembered per account in this browser), else this browser's own player, else
 * the only device there is. With none of those, the person is asked.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Device } from '../../api/spotify-types';
import { getSession } from '../../auth/token-store';
import { playerQueries } from './queries';
import { webPlayback } from './web-playback/web-playback';

const STORAGE_KEY = 'slm.lastDevice';
/** This browser's device id changes with every page, so it is remembered by this name. */
const THIS_BROWSER = 'this-browser';
/** How long a Play pressed right after the page opened waits for this browser's player. */
const BROWSER_WAIT_MS = 3000;

export const THIS_BROWSER_LABEL = 'This browser';

export interface DeviceTarget {
  id: string;
  name: string;
}

function storageKey(account: string | null): string | null {
  const session = getSession();
  return session && account ? `${session.backend}:${account}` : null;
}

function remembered(): Record<string, string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Called when the person picks a device, in the chooser or the device list. */
export function rememberDevice(account: string | null, deviceId: string) {
  const key = storageKey(account);
  if (!key) return;
  const isBrowser = deviceId === webPlayback.current().deviceId;
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ ...remembered(), [key]: isBrowser ? THIS_BROWSER : deviceId }),
  );
}

/** This browser's name in lists, else the device's own. */
export function deviceLabel(device: Pick<Device, 'id' | 'name'>): string {
  const browserId = webPlayback.current().deviceId;
  return browserId && device.id === browserId ? THIS_BROWSER_LABEL : device.name;
}

export async function pickDevice(
  queryClient: QueryClient,
  account: string | null,
): Promise<DeviceTarget | null> {
  const browser = await webPlayback.settled(BROWSER_WAIT_MS);
  const devices = await queryClient.fetchQuery({ ...playerQueries.devices(), staleTime: 0 });
  const usable = devices.filter((d) => !!d.id && !d.is_restricted);
  const key = storageKey(account);
  const last = key ? remembered()[key] : undefined;
  if (last === THIS_BROWSER && browser.deviceId)
    return { id: browser.deviceId, name: THIS_BROWSER_LABEL };
  const lastDevice = usable.find((d) => d.id === last);
  if (lastDevice) return { id: lastDevice.id!, name: lastDevice.name };
  if (browser.deviceId) return { id: browser.deviceId, name: THIS_BROWSER_LABEL };
  const [only] = usable;
  return usable.length === 1 && only ? { id: only.id!, name: deviceLabel(only) } : null;
}
