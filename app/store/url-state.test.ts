import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS } from '../engine/model';
import { createAppStore } from './app-store';
import { searchFor } from './url-sync';
import { readUrlState, urlSearchFor } from './url-state';

describe('reading the URL', () => {
  it('reads parameters, settings, view, step, notation and digits', () => {
    const state = readUrlState(
      '?w5=0.3&act_h=tanh&view=sheet&step=dE_dw5&notation=course&digits=4',
    );
    expect(state.model.params.w5).toBe(0.3);
    expect(state.model.settings.act_h).toBe('tanh');
    expect(state.view).toBe('sheet');
    expect(state.step).toBe('dE_dw5');
    expect(state.notation).toBe('course');
    expect(state.digits).toBe(4);
    expect(state.notices).toEqual([]);
  });

  it('falls back with a notice for every value it cannot use', () => {
    const state = readUrlState('?view=nope&notation=x&digits=0&w5=abc');
    expect((state.notices ?? []).map((n) => n.key).sort()).toEqual([
      'digits',
      'notation',
      'view',
      'w5',
    ]);
    expect(state.view).toBeUndefined();
    expect(state.model.params.w5).toBe(ARTICLE_PARAMS.w5);
  });

  it('survives a huge or strange query', () => {
    const huge = `?${'w5=1&'.repeat(5000)}x=${'é'.repeat(10000)}`;
    expect(() => readUrlState(huge)).not.toThrow();
    expect(() => readUrlState('?%E0%A4%A=1&&&=&w5')).not.toThrow();
  });
});

describe('writing the URL', () => {
  it('writes only what differs from the defaults, and reads back the same state', () => {
    const store = createAppStore(readUrlState('?w5=0.3&loss=ce&step=dE_dw5'));
    const search = searchFor(store.getState());
    expect(search).toBe('?w5=0.3&loss=ce&step=dE_dw5');
    const again = readUrlState(search);
    expect(again.model).toEqual(store.getState().model);
  });

  it('is empty for the article at the first step', () => {
    const store = createAppStore(readUrlState(''));
    expect(searchFor(store.getState())).toBe('');
    expect(urlSearchFor(store.getState())).toBe('');
  });
});
