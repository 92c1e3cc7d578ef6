import { useId, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { checkLeaf, LEAF_LIMIT } from '../engine/expression';
import { EngineError } from '../engine/errors';
import { formatNumber } from '../engine/format';
import { parseNumber } from '../engine/model';
import { nudgeStep, nudgeValue } from '../ui/number-field';

/** ↑/↓ move a leaf ten times as far as a network weight: leaves are numbers like 3 and −2. */
const LEAF_NUDGE_SCALE = 10;
const LIMITS = [-LEAF_LIMIT, LEAF_LIMIT] as const;

interface ExpressionLeafFieldProps {
  readonly leaf: string;
  readonly value: number;
  /** why the last text sent was refused, if it was */
  readonly error: string | undefined;
  readonly errorId: string;
  readonly style: CSSProperties;
  readonly onValue: (value: number) => void;
  readonly onError: (message: string | undefined) => void;
}

/** The text typed, as a leaf value or the engine's words for what is wrong with it. */
function readLeaf(leaf: string, text: string): number | string {
  try {
    return checkLeaf(leaf, parseNumber(leaf, text));
  } catch (error) {
    if (error instanceof EngineError) return error.message;
    throw error;
  }
}

/**
 * A leaf's value, edited where the leaf is drawn. Every keystroke that reads as
 * a number updates the graph at once; text that does not is refused on Enter or
 * on leaving the field, with the reason, and the last good value stays. ↑/↓
 * nudge by 0.1 (Shift 1, Alt 0.01); Escape puts the value back.
 */
export function ExpressionLeafField({
  leaf,
  value,
  error,
  errorId,
  style,
  onValue,
  onError,
}: ExpressionLeafFieldProps) {
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  // A value set from outside (a nudge, a reset) replaces the text, unless it came from this text.
  if (seen !== value) {
    setSeen(value);
    if (draft !== null && readLeaf(leaf, draft) !== value) setDraft(null);
  }
  const text = draft ?? formatNumber(value);

  const settle = () => {
    if (draft === null) return;
    const reading = readLeaf(leaf, draft);
    if (typeof reading === 'string') onError(reading);
    else setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      settle();
    } else if (event.key === 'Escape') {
      if (draft === null && error === undefined) return;
      event.preventDefault();
      setDraft(null);
      onError(undefined);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const typed = draft === null ? value : readLeaf(leaf, draft);
      const base = typeof typed === 'number' ? typed : value;
      const step = nudgeStep(event) * LEAF_NUDGE_SCALE * (event.key === 'ArrowUp' ? 1 : -1);
      setDraft(null);
      onError(undefined);
      onValue(nudgeValue(base, step, LIMITS));
    }
  };

  return (
    <div className="expr-leaf" style={style} data-invalid={error !== undefined ? '' : undefined}>
      <label className="expr-leaf-name" htmlFor={inputId}>
        {leaf}
        <span className="visually-hidden"> (leaf value)</span>
      </label>
      <input
        id={inputId}
        className="expr-leaf-input"
        type="text"
        inputMode="decimal"
        role="spinbutton"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-valuenow={value}
        aria-valuetext={formatNumber(value)}
        aria-valuemin={LIMITS[0]}
        aria-valuemax={LIMITS[1]}
        aria-invalid={error !== undefined}
        aria-describedby={error !== undefined ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const reading = readLeaf(leaf, event.target.value);
          if (typeof reading === 'number') {
            onError(undefined);
            if (reading !== value) onValue(reading);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={settle}
      />
    </div>
  );
}
