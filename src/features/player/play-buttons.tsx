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

type RowPlayProps = {
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

/**
 * Play from a row (context + offset, or a list of URIs) and add it to the queue: for
 * buttons and menus alike.
 */
export function useRowPlay(props: RowPlayProps) {
  const play = usePlay();
  const queue = useAddToQueue();
  const { uri, title } = props;
  return {
    play: () =>
      play.mutate(
        'list' in props
          ? { ...props.list(), label: title }
          : { contextUri: props.contextUri, offset: props.position, label: title },
      ),
    queue: () => queue.mutate({ uri, label: title }),
  };
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

/**
 * Play from this row and add it to the queue, as the row's buttons: given the row's
 * useRowPlay, which its menu shares (one set of player hooks per row, not two).
 */
export function RowPlayActions(
  props: { title: string; tabIndex: number } & ReturnType<typeof useRowPlay>,
) {
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
