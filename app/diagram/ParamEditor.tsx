import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { PARAM_LIMITS, paramKind } from '../engine/model';
import { useAppStoreApi } from '../store/context';
import { markFocus, restoreMark } from '../store/focus-mark';
import { nudgeStep, nudgeValue, readField } from '../ui/number-field';
import type { Box } from '../graph/geometry';

interface ParamEditorProps {
  readonly id: string;
  /** the label being edited: the field covers it */
  readonly anchor: Box;
  readonly frame: { readonly width: number; readonly height: number };
  /** the element that shows refusals */
  readonly messageId: string;
  readonly invalid: boolean;
  readonly onMessage: (message: string | null) => void;
  /** closes the editor; `refocus` returns the focus to the label (Enter, Escape) */
  readonly onDone: (refocus: boolean) => void;
}

const WIDTH = 150;
const HEIGHT = 40;

/**
 * Typing a value in place, over its label: a spin button (↑/↓ nudge the value,
 * Shift ×10). Enter or leaving the field commits; Escape cancels, putting back
 * the value from before the editor opened (↑/↓ nudges included). A refused entry
 * ("abc", "", "1e400", a value out of range) keeps the model as it was and shows
 * the engine's reason.
 */
export function ParamEditor({
  id,
  anchor,
  frame,
  messageId,
  invalid,
  onMessage,
  onDone,
}: ParamEditorProps) {
  const store = useAppStoreApi();
  const limits = PARAM_LIMITS[paramKind(id) ?? 'weight'];
  const [initial] = useState(() => {
    const value = store.getState().model.params[id];
    return value === undefined ? '' : String(value);
  });
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const closed = useRef(false);
  const [mark] = useState(() => markFocus(store, id));

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const close = (refocus: boolean) => {
    closed.current = true;
    onDone(refocus);
  };

  /** Sends the text to the store; true when it is now the value in force. */
  const commit = (typed: string): boolean => {
    const state = store.getState();
    const reading = readField(id, typed);
    if (!reading.ok) {
      onMessage(reading.message);
      return false;
    }
    if (reading.value === state.model.params[id] || state.setParam(id, reading.value, 'commit')) {
      onMessage(null);
      return true;
    }
    onMessage(store.getState().fieldErrors[id] ?? `${id} was not changed.`);
    return false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (commit(text)) close(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onMessage(null);
      restoreMark(store, mark);
      close(true);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const state = store.getState();
      const typed = readField(id, text);
      const base = typed.ok ? typed.value : state.model.params[id];
      if (base === undefined) return;
      const next = nudgeValue(base, (event.key === 'ArrowUp' ? 1 : -1) * nudgeStep(event), limits);
      if (state.setParam(id, next, 'commit')) {
        setText(String(next));
        onMessage(null);
      }
    }
  };

  // A spin button tells its value: the one typed, while it reads as a number.
  const reading = readField(id, text);
  const now = reading.ok ? reading.value : store.getState().model.params[id];
  const x = Math.min(frame.width - WIDTH, Math.max(0, anchor.x + anchor.width / 2 - WIDTH / 2));
  const y = Math.min(frame.height - HEIGHT, Math.max(0, anchor.y + anchor.height / 2 - HEIGHT / 2));
  return (
    <foreignObject className="param-editor" x={x} y={y} width={WIDTH} height={HEIGHT}>
      <input
        ref={input}
        className="param-editor-input"
        type="text"
        role="spinbutton"
        aria-valuenow={now}
        aria-valuemin={limits[0]}
        aria-valuemax={limits[1]}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={`${id} value`}
        aria-invalid={invalid}
        aria-describedby={invalid ? messageId : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (closed.current) return;
          if (text.trim() !== initial) commit(text);
          close(false);
        }}
      />
    </foreignObject>
  );
}
