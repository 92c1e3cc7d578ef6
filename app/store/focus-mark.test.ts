import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { createAppStore } from './app-store';
import { markFocus, restoreMark } from './focus-mark';

describe('Escape puts back the value from when the field got the focus', () => {
  it('undoes the nudges made since, so the history reads as before them', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    store.getState().setParam('w1', 0.2);
    const mark = markFocus(store, 'w5');
    for (const value of [0.41, 0.42, 0.43]) store.getState().setParam('w5', value);
    expect(restoreMark(store, mark)).toBe(true);
    const state = store.getState();
    expect(state.model.params.w5).toBe(0.4);
    expect(state.model.params.w1).toBe(0.2);
    expect(state.past).toHaveLength(1);
    // Redo brings the nudges back, one by one; Undo still takes back the edit before the focus.
    expect(state.future).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().model.params.w1).toBe(0.15);
  });

  it('puts the value back as a new edit when other edits came between', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const mark = markFocus(store, 'w5');
    store.getState().setParam('w5', 0.41);
    store.getState().undo();
    store.getState().setParam('w2', 0.3);
    store.getState().setParam('w5', 0.5);
    expect(restoreMark(store, mark)).toBe(true);
    expect(store.getState().model.params.w5).toBe(0.4);
    expect(store.getState().model.params.w2).toBe(0.3);
    store.getState().undo();
    expect(store.getState().model.params.w5).toBe(0.5);
  });

  it('does nothing when the value has not moved', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const mark = markFocus(store, 'w5');
    store.getState().setParam('w5', 0.41);
    store.getState().setParam('w5', 0.4);
    expect(restoreMark(store, mark)).toBe(false);
    expect(store.getState().past).toHaveLength(2);
  });
});
