import { useId } from 'react';

interface BpttSwitchProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly label: string;
  /** what it does and what it costs, in two sentences */
  readonly words: string;
}

/** A switch of the backward pass, with the two sentences that say what it does. */
export function BpttSwitch({ checked, onChange, label, words }: BpttSwitchProps) {
  const wordsId = useId();
  return (
    <div className="bptt-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-describedby={wordsId}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {label}
      </label>
      <p id={wordsId} className="bptt-switch-words">
        {words}
      </p>
    </div>
  );
}
