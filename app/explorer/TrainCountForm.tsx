import { useId, type FormEvent } from 'react';

/**
 * A typed count of steps or epochs to train, with its Train button and the reason
 * a count is refused beside it (the Train tab's steps, the Data tab's epochs).
 */
export function TrainCountForm({
  label,
  placeholder,
  value,
  onChange,
  onSubmit,
  error,
  locked,
  busy,
  buttonClassName,
}: {
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: (event: FormEvent) => void;
  /** why the count was refused, or '' */
  readonly error: string;
  /** the page is read-only (a lesson's locked step) */
  readonly locked: boolean;
  /** a run is going */
  readonly busy: boolean;
  readonly buttonClassName: string;
}) {
  const ids = { field: useId(), error: useId() };
  return (
    <form className="train-custom" onSubmit={onSubmit} noValidate>
      <label htmlFor={ids.field}>{label}</label>
      <input
        id={ids.field}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        readOnly={locked}
        value={value}
        aria-invalid={error !== ''}
        aria-describedby={error ? ids.error : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <button type="submit" className={buttonClassName} disabled={busy || locked}>
        Train
      </button>
      {error && (
        <p id={ids.error} className="train-field-error">
          {error}
        </p>
      )}
    </form>
  );
}
