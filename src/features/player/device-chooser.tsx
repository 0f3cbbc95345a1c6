import { Dialog, DialogDismiss } from '../../components/dialog';
import { rememberDevice, type DeviceTarget } from './device-choice';
import { DeviceList } from './device-list';
import { useAddToQueue, usePlay, useResume } from './mutations';
import { usePlayerAccount } from './player-account';
import { playerUi } from './player-ui';
import { cancelledIntent, describeIntent, type PlayIntent } from './play-intent';
import { undoHistory } from '../../components/undo/undo-store';

/**
 * Asks where a play request should go when no device is active, and sends that same
 * request (context, offset and all) to the device picked, with its device_id.
 */
export function DeviceChooser({ intent }: { intent: PlayIntent }) {
  const account = usePlayerAccount();
  const play = usePlay();
  const resume = useResume();
  const queue = useAddToQueue();

  const pick = (device: DeviceTarget) => {
    rememberDevice(account, device.id);
    playerUi.endChoice();
    const deviceId = device.id;
    if (intent.kind === 'play') play.mutate({ ...intent.request, deviceId });
    else if (intent.kind === 'resume') resume.mutate({ deviceId });
    else queue.mutate({ uri: intent.uri, label: intent.label, deviceId });
  };
  const cancel = () => {
    playerUi.endChoice();
    // Seen as well as heard: otherwise nothing on screen says the press did nothing.
    undoHistory.announce(cancelledIntent(intent));
  };

  return (
    <Dialog title={`${describeIntent(intent)} on…`} onClose={cancel}>
      <p className="muted">No device is playing right now. Choose where to play.</p>
      <DeviceList busy={false} onPick={pick} />
      <DialogDismiss label="Cancel" onClick={cancel} />
    </Dialog>
  );
}
