import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app-store';
import { readUrlState } from '../store/url-state';
import { searchFor } from '../store/url-sync';

describe('presenter mode in the URL', () => {
  it('reads present=1 and present=speaker', () => {
    expect(readUrlState('?present=1').present).toBe('audience');
    expect(readUrlState('?present=speaker&step=dE_dw5').present).toBe('speaker');
    expect(readUrlState('?step=dE_dw5').present).toBeUndefined();
  });

  it('refuses any other value with a notice, and stays off', () => {
    const state = readUrlState('?present=yes');
    expect(state.present).toBeUndefined();
    expect(state.notices?.map((n) => n.key)).toContain('present');
  });

  it('writes present back, so a reload resumes in place', () => {
    const explorer = createAppStore(readUrlState('?present=1&step=dE_dw5'));
    expect(searchFor(explorer.getState())).toBe('?step=dE_dw5&present=1');
    const lesson = createAppStore(readUrlState('?present=speaker&lesson=forward-pass&lstep=3'));
    expect(searchFor(lesson.getState())).toBe('?lesson=forward-pass&lstep=3&present=speaker');
    explorer.getState().setPresent('off');
    expect(searchFor(explorer.getState())).toBe('?step=dE_dw5');
  });

  it('leaving presenter mode lifts a blank screen and shows the numbers', () => {
    const store = createAppStore(readUrlState('?present=1'));
    store.getState().setBlank(true);
    store.getState().setValuesHidden(true);
    store.getState().setPresent('off');
    expect(store.getState()).toMatchObject({ blank: false, valuesHidden: false });
  });
});
