/**
 * Controls one feature gives every track another feature shows: the app fills these in
 * (e.g. the Liked Songs heart), and the player bar, queue, history and search results
 * ask for them here, so features do not import each other.
 */
import { createContext, useContext } from 'react';
import type { TrackRow } from './track-row';

export interface TrackSlots {
  /** The "Save to Liked Songs" toggle for one song or episode. */
  heart?: (row: TrackRow, options?: { tabIndex?: number }) => React.ReactNode;
}

const TrackSlotsContext = createContext<TrackSlots>({});

export const TrackSlotsProvider = TrackSlotsContext.Provider;

export function useTrackSlots(): TrackSlots {
  return useContext(TrackSlotsContext);
}
