import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../api/errors';
import { useTransferPlayback } from './mutations';
import { playerUi, usePlayerUi } from './player-ui';
import { playerQueries } from './queries';

/** The user's Spotify Connect devices; choosing one moves playback there. */
export function DevicesPanel({ id }: { id: string }) {
  const { devicesPrompt } = usePlayerUi();
  const devices = useQuery(playerQueries.devices());
  const transfer = useTransferPlayback();
  return (
    <section id={id} className="player-panel" aria-label="Devices">
      <div className="player-panel__head">
        <h2>{devicesPrompt ?? 'Devices'}</h2>
        <button type="button" className="button button--quiet" onClick={playerUi.closeDevices}>
          Close
        </button>
      </div>
      {devices.isPending ? (
        <p className="muted">Looking for devices…</p>
      ) : devices.error ? (
        <p role="alert">
          {describeError(devices.error)}{' '}
          <button type="button" className="button" onClick={() => void devices.refetch()}>
            Try again
          </button>
        </p>
      ) : devices.data.length === 0 ? (
        <p>No devices found. Open Spotify on a phone, computer or speaker, then look again.</p>
      ) : (
        <ul className="device-list">
          {devices.data.map((device) => (
            <li key={device.id ?? device.name}>
              <button
                type="button"
                className="device"
                aria-current={device.is_active ? 'true' : undefined}
                disabled={!device.id || device.is_restricted || transfer.isPending}
                onClick={() =>
                  device.id && transfer.mutate({ deviceId: device.id, name: device.name })
                }
              >
                <span className="device__name">{device.name}</span>
                <span className="muted">
                  {device.type}
                  {device.is_active ? ' · playing here' : ''}
                  {device.supports_volume && device.volume_percent !== null
                    ? ` · volume ${device.volume_percent}%`
                    : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
