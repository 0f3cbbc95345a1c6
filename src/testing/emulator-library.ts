/** Reading the test emulator's seeded library and player, for assertions. */
import { seedDevices } from '../../emulator/player';
import { testEmulator } from './test-emulator';

const [laptop, speaker, phone] = seedDevices();
/** The seeded devices' ids. */
export const DEVICES = { laptop: laptop!.id, speaker: speaker!.id, phone: phone!.id };

export function seededPlaylist(name: string) {
  for (const p of testEmulator().store.playlists.values()) if (p.name === name) return p;
  throw new Error(`no seeded playlist named ${name}`);
}

export const trackName = (uri: string) => testEmulator().store.tracks.get(uri.split(':')[2]!)!.name;

export const simulatedPlayer = () => testEmulator().store.player;

/** The Web API player requests the app made, e.g. to check a device_id was sent. */
export const playerRequests = (path: string) =>
  testEmulator().store.requestLog.filter((r) => r.path === path);
