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
  onRun: () => void;
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
  const running = phase === 'running';
  return (
    <div className="form__actions">
      {phase !== 'done' && (
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || running}
          onClick={onRun}
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
