import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { describeError, SpotifyApiError } from '../../api/errors';
import { writeSaved } from '../../api/library-writes';
import { CoverImage, pickImage } from '../../components/cover-image';
import { Dialog } from '../../components/dialog';
import { playlistIdFrom } from '../../domain/spotify-uri';
import { formatCount } from '../../lib/format';
import { ownerName } from './playlist-owner';
import { playlistsChanged } from './playlist-sync';
import { playlistQueries } from './queries';

/**
 * Follow a playlist by its link: paste an open.spotify.com link or a spotify:playlist:
 * URI, see what it is (cover, name, owner, size, whether it is already in Your Library),
 * then Follow (`PUT /me/library`). Nothing is followed before that press.
 */
export function FollowByLinkDialog({ onClose }: { onClose: () => void }) {
  const fieldId = useId();
  const hintId = useId();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const id = playlistIdFrom(text);
  const found = useQuery({ ...playlistQueries.detail(id ?? ''), enabled: !!id, retry: false });
  const list = useQuery(playlistQueries.list());
  const inLibrary = !!id && !!list.data?.some((p) => p.id === id);
  const follow = useMutation({
    mutationFn: (playlistId: string) => writeSaved([`spotify:playlist:${playlistId}`], true),
    onSuccess: () => playlistsChanged(queryClient),
  });
  const playlist = found.data;
  const notFound = found.error instanceof SpotifyApiError && found.error.status === 404;

  return (
    <Dialog title="Follow a playlist" onClose={onClose}>
      <label htmlFor={fieldId}>Playlist link or URI</label>
      <input
        id={fieldId}
        className="text-input"
        value={text}
        aria-describedby={hintId}
        placeholder="https://open.spotify.com/playlist/…"
        onChange={(event) => {
          setText(event.target.value);
          follow.reset();
        }}
      />
      <p id={hintId} className="muted">
        In Spotify: ⋯ on a playlist, Share, Copy link to playlist.
      </p>
      {text.trim() && !id && (
        <p role="alert" className="form-error">
          That is not a link to a Spotify playlist.
        </p>
      )}
      {id && found.isPending && <p role="status">Looking it up…</p>}
      {id && found.error && (
        <p role="alert" className="form-error">
          {notFound
            ? 'Spotify has no playlist with this link (it may have been removed).'
            : `It could not be looked up: ${describeError(found.error)}`}
        </p>
      )}
      {id && playlist && (
        <div className="follow-preview">
          <CoverImage url={pickImage(playlist.images, 60)} label={playlist.name} size={56} />
          <p>
            <strong>{playlist.name}</strong>
            <br />
            <span className="muted">
              by {ownerName(playlist)}
              {playlist.items ? ` · ${formatCount(playlist.items.total, 'item')}` : ''}
            </span>
          </p>
        </div>
      )}
      {follow.isSuccess && playlist && (
        <p role="status">
          Following “{playlist.name}”: it is in Your Library.{' '}
          <Link to={`/playlists/${playlist.id}`} onClick={onClose}>
            Open it
          </Link>
        </p>
      )}
      {follow.isError && (
        <p role="alert" className="form-error">
          Not followed: {describeError(follow.error)}
        </p>
      )}
      {playlist && inLibrary && !follow.isSuccess && (
        <p role="status">
          Already in Your Library.{' '}
          <Link to={`/playlists/${playlist.id}`} onClick={onClose}>
            Open it
          </Link>
        </p>
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={
            !playlist || inLibrary || follow.isPending || follow.isSuccess || undefined
          }
          onClick={() => {
            if (playlist && !inLibrary && !follow.isPending && !follow.isSuccess)
              follow.mutate(playlist.id);
          }}
        >
          {follow.isPending ? 'Following…' : 'Follow'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {follow.isSuccess ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}
