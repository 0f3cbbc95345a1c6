import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { describeError } from '../../api/errors';
import { writeSaved } from '../../api/library-writes';
import { askForMoreScopes, useHasScopes } from '../../auth/scope-upgrade';
import { undoHistory } from '../../components/undo/undo-store';
import { collectionQueries } from './collections';
import { libraryQueries } from './queries';

const KINDS = {
  artist: {
    scopes: ['user-follow-read', 'user-follow-modify'],
    off: 'Follow',
    on: 'Following',
    allow: 'Allow following artists',
    done: (name: string, on: boolean) => (on ? `Following ${name}.` : `Unfollowed ${name}.`),
  },
  album: {
    scopes: ['user-library-read', 'user-library-modify'],
    off: 'Save to Your Library',
    on: 'Saved to Your Library',
    allow: 'Allow saving albums',
    done: (name: string, on: boolean) =>
      on ? `Saved ${name} to Your Library.` : `Removed ${name} from Your Library.`,
  },
  show: {
    scopes: ['user-library-read', 'user-library-modify'],
    off: 'Follow',
    on: 'Following',
    allow: 'Allow following podcasts',
    done: (name: string, on: boolean) => (on ? `Following ${name}.` : `Unfollowed ${name}.`),
  },
} as const;

interface LibraryToggleProps {
  kind: keyof typeof KINDS;
  uri: string;
  name: string;
}

/**
 * Follow an artist or a podcast, or save an album (`/me/library`, the one write for all):
 * the button says the state ("Follow" / "Following"), changes at once, and is set back
 * with a message when Spotify refuses. The change can be undone from its toast. A session from before
 * these scopes gets the button that asks for them instead.
 */
export function LibraryToggle({ kind, uri, name }: LibraryToggleProps) {
  const words = KINDS[kind];
  const allowed = useHasScopes(...words.scopes);
  const location = useLocation();
  const queryClient = useQueryClient();
  const key = libraryQueries.saved(uri).queryKey;
  const state = useQuery({ ...libraryQueries.saved(uri), enabled: allowed });
  const change = useMutation({
    scope: { id: 'library' },
    mutationFn: (on: boolean) => writeSaved([uri], on),
    onMutate: async (on) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData(key, on);
    },
    onError: (error, on) => {
      queryClient.setQueryData(key, !on);
      undoHistory.announce(`Not done: ${describeError(error)}`);
    },
    onSuccess: (_, on) => {
      // Your Library's albums, artists and podcasts read it again with this change in.
      void queryClient.invalidateQueries({ queryKey: collectionQueries.all() });
      undoHistory.push(words.done(name, on), () => change.mutate(!on));
    },
  });
  if (!allowed)
    return (
      <button
        type="button"
        className="button"
        onClick={() => void askForMoreScopes(location.pathname + location.search)}
      >
        {words.allow}
      </button>
    );
  const on = state.data;
  // Unknown until Spotify says (or while a change is on its way): a press never guesses
  // the state. aria-disabled, not disabled, so focus stays on the button.
  const waiting = on === undefined || change.isPending;
  return (
    <button
      type="button"
      className={on ? 'button button--on' : 'button'}
      aria-disabled={waiting || undefined}
      title={state.isError ? 'Could not check with Spotify: press to try again.' : undefined}
      onClick={() => {
        if (state.isError) void state.refetch();
        else if (!waiting) change.mutate(!on);
      }}
    >
      {on ? words.on : words.off}
    </button>
  );
}
