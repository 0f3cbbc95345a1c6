import { useState } from 'react';
import { AlbumLink, BylineLinks } from '../../components/catalog-links';
import { CoverImage } from '../../components/cover-image';
import type { MenuHandle } from '../../components/menu-button';
import type { TrackSlots } from '../../components/track-list/track-slots';
import type { TrackRow } from '../../domain/track-row';
import { formatDuration } from '../../lib/format';

/**
 * A song or episode found by a search: art, title, artists and album (links), length, and
 * the same actions as a row anywhere (heart, Play, Add to queue, the menu), from the slots.
 * Play plays the results from this one.
 */
export function SearchResultRow(props: {
  row: TrackRow;
  rows: TrackRow[];
  /** The list's row actions (the track slots'), given the row's menu handle. */
  rowActions: TrackSlots['rowActions'];
}) {
  const { row, rows } = props;
  // The row's menu, kept by a callback ref: a right-click opens it at the pointer.
  const [menu, setMenu] = useState<MenuHandle | null>(null);
  return (
    <li
      className="search-row"
      onContextMenu={(event) => {
        if (!menu) return;
        event.preventDefault();
        menu.open({ x: event.clientX, y: event.clientY });
      }}
    >
      <CoverImage url={row.imageUrl} label="" size={40} className="items-row__art" />
      <span className="search-row__text">
        <span className="search-row__title">{row.title}</span>
        <span className="muted search-row__byline">
          {row.kind === 'episode' && <span className="badge">Episode</span>}
          <BylineLinks row={row} />
        </span>
      </span>
      <span className="muted search-row__album">
        <AlbumLink id={row.albumId} name={row.album} />
      </span>
      <span className="muted search-row__duration">{formatDuration(row.durationMs)}</span>
      {props.rowActions ? props.rowActions(row, 0, { rows, isView: false }, setMenu) : null}
    </li>
  );
}
