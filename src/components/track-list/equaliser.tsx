import './equaliser.css';

/**
 * Marks what the player has, in place of a row's number (which screen readers still hear,
 * with the row's aria-current); the bars move only while it plays.
 */
export function Equaliser({ playing }: { playing: boolean }) {
  return (
    <span className={`equaliser${playing ? ' equaliser--playing' : ''}`} aria-hidden="true">
      <span />
      <span />
      <span />
    </span>
  );
}
