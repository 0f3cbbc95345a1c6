import { useMemo } from 'react';
import { useStableCallback } from '../../lib/use-stable-callback';
import { useAddToQueue, usePlay } from './mutations';

/** "Play" for a whole context (a playlist's header). */
export function PlayContextButton({ contextUri, name }: { contextUri: string; name: string }) {
  const play = usePlay();
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={play.isPending}
      onClick={() => play.mutate({ contextUri, label: name })}
    >
      Play
    </button>
  );
}

/** Where a row plays from, and what it is called. */
export type RowPlayProps = {
  uri: string;
  title: string;
} & (
  | {
      contextUri: string;
      /** The row's position in the context, so playback continues from there. */
      position: number;
    }
  | {
      /**
       * A list without a context URI (Liked Songs), worked out when pressed: the row and
       * what follows it, with a note said once it plays (e.g. that the list was cut).
       */
      list: () => { uris: string[]; note?: string };
    }
);

/** Play from a row and add a row to the queue: `play(target)`, `queue(target)`. */
export interface RowPlayer {
  play: (target: RowPlayProps) => void;
  queue: (target: { uri: string; title: string }) => void;
}

/**
 * Play from a row (context + offset, or a list of URIs) and add a row to the queue, for
 * every row of a list: one pair of player hooks per list, not per row (the rows' own
 * hooks were a good part of a list's first render on a phone). Stable across renders, so
 * rows given it are not rendered again. Nothing per row is pending: the player bar says
 * what happened.
 */
export function useRowPlayer(): RowPlayer {
  const play = usePlay();
  const queue = useAddToQueue();
  const playRow = useStableCallback((target: RowPlayProps) =>
    play.mutate(
      'list' in target
        ? { ...target.list(), label: target.title }
        : { contextUri: target.contextUri, offset: target.position, label: target.title },
    ),
  );
  const queueRow = useStableCallback(({ uri, title }: { uri: string; title: string }) =>
    queue.mutate({ uri, label: title }),
  );
  return useMemo(() => ({ play: playRow, queue: queueRow }), [playRow, queueRow]);
}

/** "Play" for a list of URIs (Liked Songs from the top). */
export function PlayListButton({
  uris,
  label,
  note,
}: {
  uris: string[];
  label: string;
  note?: string;
}) {
  const play = usePlay();
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={play.isPending || uris.length === 0}
      onClick={() => play.mutate({ uris, label, note })}
    >
      Play
    </button>
  );
}

/** Play from this row and add it to the queue, as the row's buttons (see useRowPlayer). */
export function RowPlayActions(props: {
  title: string;
  tabIndex: number;
  play: () => void;
  queue: () => void;
}) {
  const { play, queue } = props;
  return (
    <span className="row-actions">
      <button
        type="button"
        className="row-action"
        tabIndex={props.tabIndex}
        aria-label={`Play ${props.title}`}
        onClick={play}
      >
        ▶
      </button>
      <button
        type="button"
        className="row-action"
        tabIndex={props.tabIndex}
        aria-label={`Add ${props.title} to queue`}
        onClick={queue}
      >
        +
      </button>
    </span>
  );
}
