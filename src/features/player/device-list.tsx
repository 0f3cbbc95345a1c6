import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { describeError } from '../../api/errors';
import type { Device } from '../../api/spotify-types';
import { askForMoreScopes } from '../../auth/scope-upgrade';
import { deviceLabel, THIS_BROWSER_LABEL, type DeviceTarget } from './device-choice';
import { playerQueries } from './queries';
import { WEB_PLAYBACK_PROBLEMS, useWebPlayback, webPlayback } from './web-playback/web-playback';
import './device-list.css';

interface DeviceListProps {
  onPick: (device: DeviceTarget) => void;
  busy: boolean;
}

/**
 * The person's Spotify Connect devices, this browser first. This browser's entry says
 * why it cannot play when it cannot, and offers the login that adds `streaming` when the
 * session is from before the app asked for it.
 */
export function DeviceList({ onPick, busy }: DeviceListProps) {
  const devices = useQuery(playerQueries.devices());
  const browser = useWebPlayback();
  const location = useLocation();
  // A list that names this browser starts its player if it was still waiting to.
  useEffect(() => webPlayback.wanted(), []);

  if (devices.isPending) return <p className="muted">Looking for devices…</p>;
  if (devices.error)
    return (
      <p role="alert">
        {describeError(devices.error)}{' '}
        <button type="button" className="button" onClick={() => void devices.refetch()}>
          Try again
        </button>
      </p>
    );

  const others = devices.data.filter((d) => d.id !== browser.deviceId);
  const listed = devices.data.find((d) => d.id === browser.deviceId);
  const browserDevice: Device | null = browser.deviceId
    ? (listed ?? {
        id: browser.deviceId,
        name: THIS_BROWSER_LABEL,
        type: 'Computer',
        is_active: false,
        is_private_session: false,
        is_restricted: false,
        volume_percent: null,
        supports_volume: true,
      })
    : null;

  const button = (device: Device) => (
    <li key={device.id ?? device.name}>
      <button
        type="button"
        className="device"
        aria-current={device.is_active ? 'true' : undefined}
        disabled={!device.id || device.is_restricted || busy}
        onClick={() => device.id && onPick({ id: device.id, name: deviceLabel(device) })}
      >
        <span className="device__name">{deviceLabel(device)}</span>
        <span className="muted">
          {device === browserDevice ? 'Plays here, in this tab' : device.type}
          {device.is_active ? ' · playing here' : ''}
          {device.supports_volume && device.volume_percent !== null
            ? ` · volume ${device.volume_percent}%`
            : ''}
        </span>
      </button>
    </li>
  );

  return (
    <>
      <ul className="device-list" aria-label="Devices">
        {browserDevice ? (
          button(browserDevice)
        ) : browser.status === 'off' ? null : (
          <li className="device device--note">
            <span className="device__name">{THIS_BROWSER_LABEL}</span>
            {browser.status === 'needs-scope' ? (
              <>
                <span className="muted">
                  Playing here needs one more permission from Spotify (a new login).
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => void askForMoreScopes(location.pathname + location.search)}
                >
                  Allow playing in this browser
                </button>
              </>
            ) : (
              <span className="muted">
                {browser.problem ? WEB_PLAYBACK_PROBLEMS[browser.problem] : 'Connecting…'}
              </span>
            )}
          </li>
        )}
        {others.map(button)}
      </ul>
      {others.length === 0 && (
        <p>
          No other devices found. Open Spotify on a phone, computer or speaker, then look again.
        </p>
      )}
    </>
  );
}
