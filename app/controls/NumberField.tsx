import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PARAM_LIMITS, paramKind } from '../engine/model';
import { useAppStore, useAppStoreApi } from '../store/context';
import { markFocus, movedSince, restoreMark, type FocusMark } from '../store/focus-mark';
import { fieldText, nudgeStep, nudgeValue, readField } from '../ui/number-field';

interface NumberFieldProps {
  /** the parameter id ('w5'); the accessible name begins with it */
  readonly id: string;
  /** a few words after the id: 'h1 → o1', 'input' */
  readonly hint?: string;
  /** words for screen readers only, between the id and the hint: 'weight' */
  readonly kind?: string;
  /** a range input beside the field (a touch screen has no ↑/↓, and iOS's decimal pad no minus) */
  readonly slider?: readonly [number, number];
}

/**
 * A labelled numeric field bound to one parameter of the store. It follows the
 * value live (a drag on the graph) except while the user is typing in it; it
 * commits on Enter and on leaving the field; ↑/↓ nudge (Shift ×10, Alt ×0.1);
 * Escape puts back the value the field had when it got the focus (or when Enter
 * last put an entry in force), nudges and all (focus-mark.ts). A refused entry keeps the model as it was
 * and says why beside the field.
 */
export function NumberField({ id, hint, kind, slider }: NumberFieldProps) {
  const store = useAppStoreApi();
  // During a drag (a preview gesture: on the graph, or this field's own slider) React would
  // re-render the field on every pointer move, most of a move's time budget. The field
  // follows the drag outside React instead (below) and React catches up when it ends.
  const value = useAppStore((s) =>
    s.gestureStart ? s.gestureStart.params[id] : s.model.params[id],
  );
  const digits = useAppStore((s) => s.digits);
  const error = useAppStore((s) => s.fieldErrors[id]);
  // Not editable (an embed with edit=0): the value shows, read-only, with no nudges.
  const locked = !useAppStore((s) => s.editable);
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState({ value, error });
  const limits = PARAM_LIMITS[paramKind(id) ?? 'weight'];
  const shown = fieldText(value, digits);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusMark = useRef<FocusMark | null>(null);
  // Whether this field has nudged the value since the mark: Escape takes back those
  // nudges, not a drag made elsewhere meanwhile.
  const editedHere = useRef(false);
  const sliderRef = useRef<HTMLInputElement | null>(null);
  // Whether the user has unsent text in the field, for the subscription below (a draft is never overwritten).
  const typing = useRef(false);
  useEffect(() => {
    typing.current = draft !== null;
  });
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const live = state.model.params[id];
        // Only this field's value: a drag of one weight rewrites one field, not every field.
        if (state.gestureStart === null || live === previous.model.params[id] || live === undefined)
          return;
        const input = inputRef.current;
        if (input && !typing.current) {
          input.value = fieldText(live, state.digits);
          input.setAttribute('aria-valuenow', String(live));
          input.setAttribute('aria-valuetext', input.value);
        }
        const range = sliderRef.current;
        if (range && document.activeElement !== range) range.value = String(live);
      }),
    [store, id],
  );

  // A change from elsewhere replaces an unsent draft, unless the user is typing it
  // or it is the refused text whose message is showing.
  if (seen.value !== value || seen.error !== error) {
    setSeen({ value, error });
    if (draft !== null && !focused && (seen.value !== value || error === undefined)) {
      setDraft(null);
    }
  }
  const text = draft ?? shown;

  const clearError = () => {
    if (store.getState().fieldErrors[id] === undefined) return;
    store.setState((s) => {
      const { [id]: _cleared, ...rest } = s.fieldErrors;
      return { fieldErrors: rest };
    });
  };

  // A new value put in force elsewhere (reset, a preset, training) answers an
  // earlier refusal here, unless the user is still at the field with the text.
  const valueInForce = useRef(value);
  useEffect(() => {
    if (valueInForce.current === value) return;
    valueInForce.current = value;
    if (!focused) clearError();
  });

  /** Sends `typed` to the store; true when it is now the value in force. */
  const commit = (typed: string): boolean => {
    const state = store.getState();
    // Text unchanged from what the field showed: nothing to send (and no rounding
    // of the value in force to the displayed digits).
    if (typed.trim() === fieldText(state.model.params[id], state.digits)) {
      clearError();
      return true;
    }
    const reading = readField(id, typed);
    if (!reading.ok) {
      state.refuseField(id, reading.message);
      return false;
    }
    if (reading.value === state.model.params[id]) {
      clearError();
      return true;
    }
    return state.setParam(id, reading.value, 'commit');
  };

  const finish = (typed: string) => {
    if (commit(typed)) {
      // An entry is put in force: Escape now puts back this value, not the one before it.
      focusMark.current = markFocus(store, id);
      editedHere.current = false;
      setDraft(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (locked) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (draft !== null) finish(draft);
    } else if (event.key === 'Escape') {
      const mark = editedHere.current ? focusMark.current : null;
      const moved = mark !== null && movedSince(store, mark);
      if (draft === null && error === undefined && !moved) return;
      event.preventDefault();
      setDraft(null);
      clearError();
      if (mark) restoreMark(store, mark);
      editedHere.current = false;
      focusMark.current = markFocus(store, id);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const state = store.getState();
      const typed = draft === null ? undefined : readField(id, draft);
      const base = typed?.ok ? typed.value : state.model.params[id];
      if (base === undefined) return;
      const sign = event.key === 'ArrowUp' ? 1 : -1;
      const next = nudgeValue(base, sign * nudgeStep(event), limits);
      if (next === state.model.params[id] || state.setParam(id, next, 'commit')) {
        editedHere.current = true;
        setDraft(null);
      }
    }
  };

  const endSlide = () => {
    const state = store.getState();
    const current = state.model.params[id];
    if (state.gestureStart !== null && current !== undefined) {
      state.setParam(id, current, 'commit');
    }
  };

  return (
    <div className="number-field" data-invalid={error !== undefined ? '' : undefined}>
      <label className="number-field-label" htmlFor={inputId}>
        <span className="number-field-id">{id}</span>
        {kind !== undefined && <span className="visually-hidden"> — {kind}</span>}
        {hint !== undefined && <span className="number-field-hint"> {hint}</span>}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="number-field-input"
        type="text"
        inputMode="decimal"
        role="spinbutton"
        autoComplete="off"
        spellCheck={false}
        readOnly={locked}
        value={text}
        aria-valuenow={value}
        aria-valuetext={shown}
        aria-valuemin={limits[0]}
        aria-valuemax={limits[1]}
        aria-invalid={error !== undefined}
        aria-describedby={error !== undefined ? errorId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          focusMark.current = markFocus(store, id);
          editedHere.current = false;
        }}
        onBlur={() => {
          setFocused(false);
          if (draft !== null) finish(draft);
        }}
      />
      {error !== undefined && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {slider !== undefined && value !== undefined && (
        <input
          className="number-field-slider"
          type="range"
          aria-label={`${id} slider`}
          min={slider[0]}
          max={slider[1]}
          step={0.01}
          disabled={locked}
          value={Math.min(slider[1], Math.max(slider[0], value))}
          onChange={(event) => store.getState().setParam(id, Number(event.target.value), 'preview')}
          ref={(element) => {
            sliderRef.current = element;
            // The native change event fires once, when the thumb is let go (mouse,
            // touch or key): that ends the gesture as one undo step.
            element?.addEventListener('change', endSlide);
            return () => element?.removeEventListener('change', endSlide);
          }}
        />
      )}
    </div>
  );
}
