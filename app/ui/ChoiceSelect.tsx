import { useId, type ReactNode } from 'react';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface ChoiceSelectProps<T extends string> {
  /** visible label; the accessible name begins with it */
  readonly label: ReactNode;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
  /** why the last choice was refused */
  readonly error?: string | undefined;
  /** a standing explanation under the control (the error, when shown, takes its place) */
  readonly note?: ReactNode;
  /** shown but not changeable (an embed with edit=0) */
  readonly disabled?: boolean;
}

/** A native select with a visible label, an optional note, and the refusal message beside it. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  choices,
  onChange,
  error,
  note,
  disabled = false,
}: ChoiceSelectProps<T>) {
  const id = useId();
  const shownNote = error === undefined ? note : undefined;
  const described = [shownNote !== undefined && `${id}-note`, error !== undefined && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="setting" data-invalid={error !== undefined ? '' : undefined}>
      <label className="setting-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="setting-select"
        value={value}
        disabled={disabled}
        aria-invalid={error !== undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {shownNote !== undefined && (
        <p id={`${id}-note`} className="setting-note">
          {shownNote}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
