import { useSyncExternalStore } from 'react';
import { Dialog, DialogDismiss } from '../../components/dialog';
import { useNowUntil } from '../../components/use-now-until';
import { blockReason, tryAgainAt, type RateLimitGate } from '../../api/rate-limit-gate';
import { ENDPOINT_GROUPS, requestStats, type GroupCounts } from '../../api/request-stats';
import { formatCount, formatNumber } from '../../lib/format';
import './diagnostics.css';

const never = () => () => undefined;
const nothing = () => null;

/**
 * What this session has asked of Spotify, for a person wondering why the app waits or
 * whether it is frugal: requests by endpoint group (retries count: Spotify counts them),
 * how many were answered "unchanged" (304, from the app's own copy) and "wait" (429),
 * how many got no answer, and any block on requests. Live while open.
 */
export function DiagnosticsDialog({
  gate,
  onClose,
}: {
  gate: RateLimitGate | null;
  onClose: () => void;
}) {
  const stats = requestStats();
  const counts = useSyncExternalStore(stats.subscribe, () => stats.counts);
  const block = useSyncExternalStore(gate?.subscribe ?? never, gate?.block ?? nothing);
  const hold = useSyncExternalStore(gate?.subscribe ?? never, gate?.hold ?? nothing);
  const now = useNowUntil(block?.until ?? hold?.until ?? null, 1000);
  const groups = ENDPOINT_GROUPS.filter((group) => counts[group].requests > 0);
  const sum = (key: keyof GroupCounts) =>
    groups.reduce((total, group) => total + counts[group][key], 0);

  return (
    <Dialog title="Diagnostics" onClose={onClose}>
      <p className="muted">Requests to Spotify since this page was opened.</p>
      {groups.length === 0 ? (
        <p>No requests yet.</p>
      ) : (
        <table className="diagnostics__table">
          <caption className="visually-hidden">Requests by endpoint group</caption>
          <thead>
            <tr>
              <th scope="col">Endpoints</th>
              <th scope="col">Requests</th>
              <th scope="col">Unchanged (304)</th>
              <th scope="col">Asked to wait (429)</th>
              <th scope="col">No answer</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group}>
                <th scope="row">{group}</th>
                <td>{formatNumber(counts[group].requests)}</td>
                <td>{formatNumber(counts[group].notModified)}</td>
                <td>{formatNumber(counts[group].rateLimited)}</td>
                <td>{formatNumber(counts[group].unanswered)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All</th>
              <td>{formatNumber(sum('requests'))}</td>
              <td>{formatNumber(sum('notModified'))}</td>
              <td>{formatNumber(sum('rateLimited'))}</td>
              <td>{formatNumber(sum('unanswered'))}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <h3 className="diagnostics__heading">Limits</h3>
      <p>
        {block && block.until > now
          ? `Requests are stopped: ${blockReason(block.quota)} The app tries again after ${tryAgainAt((block.until - now) / 1000, now)}.`
          : hold && hold.until > now
            ? `Requests are held for ${formatCount(Math.ceil((hold.until - now) / 1000), 'second')}: Spotify asked the app to wait.`
            : 'No limit is holding requests back.'}
      </p>
      <DialogDismiss label="Close" onClick={onClose} />
    </Dialog>
  );
}
