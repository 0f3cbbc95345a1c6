import { BylineLinks } from '../../components/catalog-links';
import type { UseQueryResult } from '@tanstack/react-query';
import { describeError } from '../../api/errors';
import type { Playback } from '../../domain/read-player';
import { CoverImage, pickImage } from '../../components/cover-image';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { ContextLink } from './context-link';

/** What plays, from where, with its heart; or why nothing shows. */
export function NowPlaying({ player }: { player: UseQueryResult<Playback | null> }) {
  const slots = useTrackSlots();
  const state = player.data;
  const item = state?.item ?? null;
  return (
    <div className="player__now">
      {player.isPending ? (
        <span className="muted">Loading the player…</span>
      ) : player.error ? (
        <span>
          The player is unavailable: {describeError(player.error)}{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void player.refetch()}
          >
            Try again
          </button>
        </span>
      ) : !state || !item ? (
        <span>
          <strong>Nothing playing.</strong>{' '}
          <span className="muted">Start something in Spotify or here, or choose a device.</span>
        </span>
      ) : (
        <>
          <CoverImage url={pickImage(item.images, 60)} label={item.row.title} size={48} />
          <span className="player__text">
            <span className="player__title">{item.row.title}</span>
            <span className="muted player__byline">
              <span>
                <BylineLinks row={item.row} />
              </span>
              <ContextLink context={state.context} prefix="From" />
            </span>
          </span>
          {slots.heart?.(item.row, {})}
        </>
      )}
    </div>
  );
}
