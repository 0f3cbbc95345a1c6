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

interface RowPlayActionsProps {
  contextUri: string;
  /** The row's position in the context, so playback continues from there. */
  position: number;
  uri: string;
  title: string;
  tabIndex: number;
}

/** Play from this row (context + offset) and add it to the queue. */
export function RowPlayActions({
  contextUri,
  position,
  uri,
  title,
  tabIndex,
}: RowPlayActionsProps) {
  const play = usePlay();
  const queue = useAddToQueue();
  return (
    <span className="row-actions">
      <button
        type="button"
        className="row-action"
        tabIndex={tabIndex}
        aria-label={`Play ${title}`}
        onClick={() => play.mutate({ contextUri, offset: position, label: title })}
      >
        ▶
      </button>
      <button
        type="button"
        className="row-action"
        tabIndex={tabIndex}
        aria-label={`Add ${title} to queue`}
        onClick={() => queue.mutate({ uri, label: title })}
      >
        +
      </button>
    </span>
  );
}
