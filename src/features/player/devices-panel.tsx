import { rememberDevice } from './device-choice';
import { DeviceList } from './device-list';
import { useTransferPlayback } from './mutations';
import { usePlayerAccount } from './player-account';
import { playerUi, usePlayerUi } from './player-ui';

/** The user's Spotify Connect devices; choosing one moves playback there. */
export function DevicesPanel({ id }: { id: string }) {
  const { devicesPrompt } = usePlayerUi();
  const account = usePlayerAccount();
  const transfer = useTransferPlayback();
  return (
    <section id={id} className="player-panel" aria-label="Devices">
      <div className="player-panel__head">
        <h2>{devicesPrompt ?? 'Devices'}</h2>
        <button type="button" className="button button--quiet" onClick={playerUi.closeDevices}>
          Close
        </button>
      </div>
      <DeviceList
        busy={transfer.isPending}
        onPick={(device) => {
          rememberDevice(account, device.id);
          transfer.mutate({ deviceId: device.id, name: device.name });
          // The choice is made: the panel closes now (the bar already names the device), not
          // when the transfer is sent or answered. A transfer waits behind earlier player
          // commands; closing it then would shut a panel the person has opened again since.
          playerUi.closeDevices();
        }}
      />
    </section>
  );
}
