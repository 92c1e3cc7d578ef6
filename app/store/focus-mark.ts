/**
 * Escape in a number field puts back the value the field had when it got the
 * focus, nudges (↑/↓) included. Each nudge was its own undo step; when they are
 * the only edits since the focus, Escape undoes them, so the history reads as if
 * they never happened (and Redo brings them back). Otherwise, the value is put
 * back as one more edit, which Undo takes back like any other.
 */
import type { Model } from '../engine/model';
import type { AppStore } from './app-store';

export interface FocusMark {
  readonly id: string;
  /** the model and the length of the undo history when the field got the focus */
  readonly model: Model;
  readonly past: number;
}

export function markFocus(store: AppStore, id: string): FocusMark {
  const { model, past } = store.getState();
  return { id, model, past: past.length };
}

/** Whether the parameter has moved since the mark. */
export function movedSince(store: AppStore, mark: FocusMark): boolean {
  return store.getState().model.params[mark.id] !== mark.model.params[mark.id];
}

/** Whether `model` differs from the mark's in the marked parameter alone (a nudge of it). */
function onlyThisMoved(model: Model, { id, model: marked }: FocusMark): boolean {
  return (
    model.settings === marked.settings &&
    model.sizes === marked.sizes &&
    Object.keys(marked.params).every(
      (key) => key === id || model.params[key] === marked.params[key],
    )
  );
}

/** Puts the parameter back as it was at the mark; returns whether it moved. */
export function restoreMark(store: AppStore, mark: FocusMark): boolean {
  if (!movedSince(store, mark)) return false;
  const state = store.getState();
  const since = [...state.past.slice(mark.past + 1), state.model];
  const ours =
    state.past.length > mark.past &&
    state.past[mark.past] === mark.model &&
    since.every((model) => onlyThisMoved(model, mark));
  if (ours && state.gestureStart === null) {
    for (let n = state.past.length - mark.past; n > 0; n--) store.getState().undo();
    if (store.getState().model === mark.model) return true;
  }
  const value = mark.model.params[mark.id];
  if (value !== undefined) store.getState().setParam(mark.id, value, 'commit');
  return true;
}
