import { useOnePress } from '../../lib/use-one-press';

/**
 * The footer of a dialog that runs a long job (copy, merge, restore): start it, resume it
 * after a stop (what was done stays done), and close.
 */
interface RunActionsProps {
  /** Where the job is: 'running', 'stopped', 'done', or any other phase before it starts. */
  phase: string;
  /** The start button's name: "Copy", "Merge", "Restore". */
  label: string;
  /** Whether the job has what it needs to start. */
  ready: boolean;
  /** Starts (or resumes) the job; a second press while it starts is ignored. */
  onRun: () => Promise<unknown> | void;
  onClose: () => void;
  /** Closing while it runs only hides the dialog: the job goes on. */
  hidesWhileRunning?: boolean;
}

export function RunActions({
  phase,
  label,
  ready,
  onRun,
  onClose,
  hidesWhileRunning = false,
}: RunActionsProps) {
  const { press, busy } = useOnePress();
  const running = phase === 'running' || busy('run');
  return (
    <div className="form__actions">
      {phase !== 'done' && (
        <button
          type="button"
          className="button button--primary"
          disabled={!ready}
          aria-disabled={running || undefined}
          onClick={() => !running && press('run', onRun)}
        >
          {phase === 'stopped' ? 'Resume' : label}
        </button>
      )}
      <button type="button" className="button" onClick={onClose}>
        {phase === 'done' ? 'Close' : running && hidesWhileRunning ? 'Hide' : 'Cancel'}
      </button>
    </div>
  );
}
