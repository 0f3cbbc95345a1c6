import { BylineLinks } from '../../components/catalog-links';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../api/errors';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { playerQueries } from './queries';

/** What plays now and next (/me/player/queue); refetched after every player command. */
export function QueuePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const queue = useQuery(playerQueries.queue());
  const slots = useTrackSlots();
  return (
    <section id={id} className="player-panel" aria-label="Queue">
      <div className="player-panel__head">
        <h2>Queue</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {queue.isPending ? (
        <p className="muted">Loading the queue…</p>
      ) : queue.error ? (
        <p role="alert">{describeError(queue.error)}</p>
      ) : !queue.data.current ? (
        <p>Nothing is playing, so nothing is queued.</p>
      ) : (
        <>
          <h3>Now playing</h3>
          <p className="queue-list__item">
            <span>
              {queue.data.current.title}{' '}
              <span className="muted">
                · <BylineLinks row={queue.data.current} />
              </span>
            </span>
            {slots.heart?.(queue.data.current)}
          </p>
          <h3>Next up</h3>
          {queue.data.next.length === 0 ? (
            <p className="muted">Nothing after this.</p>
          ) : (
            <ol className="queue-list" aria-label="Next up">
              {queue.data.next.map((row, i) => (
                <li key={`${row.uri}-${i}`}>
                  <span className="queue-list__item">
                    <span>
                      {row.title}{' '}
                      <span className="muted">
                        · <BylineLinks row={row} />
                      </span>
                    </span>
                    {slots.heart?.(row)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
