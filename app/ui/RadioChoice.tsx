import { useId, type ReactNode } from 'react';
import type { Choice } from './ChoiceSelect';

interface RadioChoiceProps<T extends string> {
  /** the group's visible name (a legend) */
  readonly legend: ReactNode;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
  /** one sentence on what the choice changes */
  readonly note?: ReactNode;
  /** shown but not changeable (an embed with edit=0) */
  readonly disabled?: boolean;
}

/** A radio group in a fieldset: every choice visible at once, the legend naming the group. */
export function RadioChoice<T extends string>({
  legend,
  value,
  choices,
  onChange,
  error,
  note,
  disabled = false,
}: RadioChoiceProps<T>) {
  const name = useId();
  const described = [note !== undefined && `${name}-note`, error !== undefined && `${name}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className="setting setting-radios"
      disabled={disabled}
      aria-describedby={described || undefined}
      data-invalid={error !== undefined ? '' : undefined}
    >
      <legend className="setting-label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="setting-radio">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
      {note !== undefined && (
        <p id={`${name}-note`} className="setting-note">
          {note}
        </p>
      )}
      {error !== undefined && (
        <p id={`${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
