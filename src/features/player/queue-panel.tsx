import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../api/errors';
import type { PlayableItem } from '../../api/spotify-types';
import { itemRow } from '../../components/track-list/track-row';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { playerQueries } from './queries';

export function itemByline(item: PlayableItem): string {
  return item.type === 'episode' ? item.show.name : item.artists.map((a) => a.name).join(', ');
}

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
      ) : !queue.data.currently_playing ? (
        <p>Nothing is playing, so nothing is queued.</p>
      ) : (
        <>
          <h3>Now playing</h3>
          <p>
            {queue.data.currently_playing.name}{' '}
            <span className="muted">· {itemByline(queue.data.currently_playing)}</span>
          </p>
          <h3>Next up</h3>
          {queue.data.queue.length === 0 ? (
            <p className="muted">Nothing after this.</p>
          ) : (
            <ol className="queue-list" aria-label="Next up">
              {queue.data.queue.map((item, i) => (
                <li key={`${item.uri}-${i}`}>
                  <span className="queue-list__item">
                    <span>
                      {item.name} <span className="muted">· {itemByline(item)}</span>
                    </span>
                    {slots.heart?.(itemRow(item))}
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
