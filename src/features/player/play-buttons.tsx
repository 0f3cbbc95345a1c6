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

interface RowPlayProps {
  contextUri: string;
  /** The row's position in the context, so playback continues from there. */
  position: number;
  uri: string;
  title: string;
}

/** Play from a row (context + offset) and add it to the queue: for buttons and menus alike. */
export function useRowPlay({ contextUri, position, uri, title }: RowPlayProps) {
  const play = usePlay();
  const queue = useAddToQueue();
  return {
    play: () => play.mutate({ contextUri, offset: position, label: title }),
    queue: () => queue.mutate({ uri, label: title }),
  };
}

/** Play from this row and add it to the queue, as the row's buttons. */
export function RowPlayActions(props: RowPlayProps & { tabIndex: number }) {
  const { play, queue } = useRowPlay(props);
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
