import { useId, useState } from 'react';
import type { PlaylistDetails, Visibility } from './mutations';

interface PlaylistDetailsFormProps {
  initial: PlaylistDetails;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (details: PlaylistDetails) => void;
  onCancel: () => void;
}

const VISIBILITY: { value: Visibility; label: string; hint: string }[] = [
  { value: 'public', label: 'Public', hint: 'Anyone can find and follow it.' },
  { value: 'private', label: 'Private', hint: 'Only you, and people you share the link with.' },
  {
    value: 'collaborative',
    label: 'Collaborative',
    hint: 'Private, and people you invite can add and move items.',
  },
];

/** Spotify's limits on a playlist's name and description, in characters. */
const NAME_MAX = 100;
const DESCRIPTION_MAX = 300;

/**
 * "37 of 100 characters" under a limited field, so a long name is not cut off unseen. Read
 * with the field (its description), not announced on every key.
 */
function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <p id={id} className="muted field-count">
      {length} of {max} characters
    </p>
  );
}

/** Name (required), description and visibility, for creating and for editing. */
export function PlaylistDetailsForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: PlaylistDetailsFormProps) {
  const [details, setDetails] = useState(initial);
  const [nameError, setNameError] = useState<string | null>(null);
  const nameId = useId();
  const nameErrorId = useId();
  const nameCountId = useId();
  const descriptionCountId = useId();
  const descriptionId = useId();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!details.name.trim()) {
      setNameError('Give the playlist a name.');
      return;
    }
    setNameError(null);
    onSubmit({ ...details, name: details.name.trim(), description: details.description.trim() });
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <label htmlFor={nameId}>Name</label>
      <input
        id={nameId}
        className="text-input"
        value={details.name}
        maxLength={NAME_MAX}
        required
        aria-invalid={nameError ? true : undefined}
        aria-describedby={nameError ? `${nameErrorId} ${nameCountId}` : nameCountId}
        onChange={(e) => setDetails({ ...details, name: e.target.value })}
      />
      <CharacterCount id={nameCountId} length={details.name.length} max={NAME_MAX} />
      {nameError && (
        <p id={nameErrorId} className="form-error">
          {nameError}
        </p>
      )}
      <label htmlFor={descriptionId}>Description</label>
      <textarea
        id={descriptionId}
        className="text-input"
        rows={3}
        maxLength={DESCRIPTION_MAX}
        aria-describedby={descriptionCountId}
        value={details.description}
        onChange={(e) => setDetails({ ...details, description: e.target.value })}
      />
      <CharacterCount
        id={descriptionCountId}
        length={details.description.length}
        max={DESCRIPTION_MAX}
      />
      <fieldset className="choices">
        <legend>Visibility</legend>
        {VISIBILITY.map(({ value, label, hint }) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="visibility"
              value={value}
              checked={details.visibility === value}
              onChange={() => setDetails({ ...details, visibility: value })}
            />
            <span>
              {label} <span className="muted">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
