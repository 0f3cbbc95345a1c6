import { RetryAlert } from '../../../components/retry-alert';
import { useId, useImperativeHandle, useRef, useState } from 'react';
import { useOnePress } from '../../../lib/use-one-press';
import { useNavigate } from 'react-router';
import { describeError } from '../../../api/errors';
import type { Playlist } from '../../../api/spotify-types';
import { Dialog } from '../../../components/dialog';
import { CoverFileError, coverFromFile } from '../../../components/cover-image-file';
import {
  isUnconfirmed,
  UNCONFIRMED_WRITE,
  useCreatePlaylist,
  useEditPlaylistDetails,
  useRemovePlaylistFromLibrary,
  useUploadCover,
  visibilityOfPlaylist,
} from './mutations';
import { PlaylistDetailsForm } from './playlist-details-form';
import '../../../components/list-header.css';

const explain = (error: unknown) =>
  isUnconfirmed(error) ? UNCONFIRMED_WRITE : describeError(error);

/**
 * Whether an action's dialog is open: its own state, or its opener's when another
 * control opens it too (the playlist header's "More" menu on phones).
 */
export interface OpenControl {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

function useOpen({ open, onOpenChange }: OpenControl) {
  const [own, setOwn] = useState(false);
  return open === undefined || !onOpenChange
    ? ([own, setOwn] as const)
    : ([open, onOpenChange] as const);
}

/** "New playlist": creates it, then opens it. */
export function NewPlaylistButton() {
  const [open, setOpen] = useState(false);
  const create = useCreatePlaylist();
  const navigate = useNavigate();
  const { press, busy } = useOnePress();
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        New playlist
      </button>
      {open && (
        <Dialog title="New playlist" onClose={() => setOpen(false)}>
          <PlaylistDetailsForm
            initial={{ name: '', description: '', visibility: 'public' }}
            submitLabel="Create"
            busy={busy('create')}
            error={create.error ? explain(create.error) : null}
            onCancel={() => setOpen(false)}
            onSubmit={(details) =>
              press('create', async () => {
                const playlist = await create.mutateAsync(details);
                setOpen(false);
                void navigate(`/playlists/${playlist.id}`);
              })
            }
          />
        </Dialog>
      )}
    </>
  );
}

/** "Edit details" for the owner: shown at once, put back with a message if Spotify refuses. */
export function EditDetailsButton({ playlist, ...control }: { playlist: Playlist } & OpenControl) {
  const [open, setOpen] = useOpen(control);
  const edit = useEditPlaylistDetails(playlist.id);
  // The dialog closes at once (the new details show while they are sent); until Spotify
  // has answered, a second Save cannot send another version over the first.
  const { press, busy } = useOnePress();
  const saving = busy('edit');
  return (
    <>
      <button
        type="button"
        className="button header-action"
        aria-disabled={saving || undefined}
        onClick={() => !saving && setOpen(true)}
      >
        Edit details
      </button>
      {edit.isError && !open && (
        <RetryAlert
          message={
            isUnconfirmed(edit.error)
              ? 'The connection dropped before Spotify answered, so your changes may or may not have been saved. The details have been re-read: check them before trying again.'
              : `Your changes were not saved: ${describeError(edit.error)}`
          }
          onDismiss={() => edit.reset()}
        />
      )}
      {open && (
        <Dialog title="Edit details" onClose={() => setOpen(false)}>
          <PlaylistDetailsForm
            initial={{
              name: playlist.name,
              description: playlist.description ?? '',
              visibility: visibilityOfPlaylist(playlist),
            }}
            submitLabel="Save"
            busy={saving}
            error={null}
            onCancel={() => setOpen(false)}
            onSubmit={(details) => {
              press('edit', () =>
                edit.mutateAsync({
                  details,
                  previous: {
                    name: playlist.name,
                    description: playlist.description ?? '',
                    visibility: visibilityOfPlaylist(playlist),
                  },
                }),
              );
              setOpen(false);
            }}
          />
        </Dialog>
      )}
    </>
  );
}

/**
 * Unfollow after a confirmation that says what that means on Spotify. Opened from the
 * header's More menu (a rare action, kept out of the row of buttons).
 */
export function RemoveFromLibraryDialog({
  playlist,
  owned,
  ...control
}: {
  playlist: Playlist;
  owned: boolean;
} & OpenControl) {
  const [open, setOpen] = useOpen(control);
  const remove = useRemovePlaylistFromLibrary();
  const navigate = useNavigate();
  return (
    <>
      {open && (
        <Dialog
          title={`Remove “${playlist.name}” from Your Library?`}
          onClose={() => setOpen(false)}
        >
          <p>
            Spotify has no way to delete a playlist. Removing it from Your Library unfollows it: it
            leaves your playlists
            {owned
              ? ', but anyone who follows it keeps it, and you can follow it again from its link'
              : ' and you can follow it again later'}
            .
          </p>
          {remove.error && (
            <p className="form-error" role="alert">
              {explain(remove.error)}
            </p>
          )}
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(playlist.id, {
                  onSuccess: () => {
                    setOpen(false);
                    void navigate('/playlists', { state: { removed: playlist.name } });
                  },
                })
              }
            >
              Remove
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/**
 * "Change cover": a picture becomes a square JPEG under Spotify's limit in the browser,
 * is uploaded, and the cover changes once Spotify has processed it. Bad files get a
 * message and no request.
 */
export function ChangeCoverButton({
  playlist,
  chooser,
}: {
  playlist: Playlist;
  /** For another control that starts the same choice (the header's "More" menu). */
  chooser?: React.Ref<{ choose: () => void }>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const upload = useUploadCover(playlist.id);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  // From choosing the picture to Spotify's answer, one cover at a time.
  const { press, busy } = useOnePress();
  const changing = busy('cover');
  // The other control (the phone's More menu) waits for the cover under way too.
  useImperativeHandle(
    chooser,
    () => ({
      choose: () => {
        if (!changing) input.current?.click();
      },
    }),
    [changing],
  );

  const onFile = async (file: File) => {
    setStatus({ text: 'Preparing the picture…', error: false });
    let base64: string;
    try {
      base64 = await coverFromFile(file);
    } catch (error) {
      setStatus({
        text: error instanceof CoverFileError ? error.message : 'That picture could not be used.',
        error: true,
      });
      return;
    }
    setStatus({ text: 'Uploading; Spotify takes a moment to process covers…', error: false });
    await upload.mutateAsync(base64).then(
      (shown) =>
        setStatus({
          text: shown
            ? 'Cover updated.'
            : 'Spotify accepted the cover; it will show once Spotify has processed it.',
          error: false,
        }),
      (error: unknown) =>
        setStatus({ text: `The cover was not changed: ${explain(error)}`, error: true }),
    );
  };

  return (
    <>
      <label htmlFor={inputId} className="visually-hidden">
        Cover picture
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept="image/*"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) press('cover', () => onFile(file));
          e.target.value = '';
        }}
      />
      <button
        type="button"
        className="button header-action"
        aria-disabled={changing || undefined}
        onClick={() => !changing && input.current?.click()}
      >
        Change cover
      </button>
      {/* On a line of its own under the buttons (list-header.css), so none of them moves. */}
      {status && (
        <p
          className={`playlist-header__status ${status.error ? 'form-error' : 'muted'}`}
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </>
  );
}
