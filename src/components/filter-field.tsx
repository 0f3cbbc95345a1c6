import { useId } from 'react';

/** A search field that narrows a list as you type ("Find a playlist"), with its label. */
export function FilterField({
  label,
  value,
  onChange,
  placeholder,
  labelHidden = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The label is heard, not seen (a placeholder says what the field is for). */
  labelHidden?: boolean;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
