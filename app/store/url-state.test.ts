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

  it('reads layers first, then the parameters of that network, and writes them back', () => {
    const state = readUrlState('?w7=0.3&layers=2-3-2&step=dE_dw12');
    expect(state.notices).toEqual([]);
    expect(state.model.sizes).toEqual([2, 3, 2]);
    expect(state.model.params.w7).toBe(0.3);
    const store = createAppStore(state);
    expect(store.getState().trace.names.sizes).toEqual([2, 3, 2]);
    expect(store.getState().step).toBe('dE_dw12');
    expect(
      urlSearchFor({ model: state.model, view: 'explorer', notation: 'article', digits: 9 }),
    ).toBe('?layers=2-3-2&w7=0.3');
  });

  it('refuses a bad architecture, and a parameter the network lacks, each by name', () => {
    const state = readUrlState('?layers=2-9-2&w9=1&w5=0.3');
    expect(state.model.sizes).toEqual([2, 2, 2]);
    expect(state.model.params.w5).toBe(0.3);
    expect((state.notices ?? []).map((n) => [n.key, n.message])).toEqual([
      [
        'layers',
        'layers must have 1 to 6 neurons in every layer; 2-9-2 has a layer of 9. Using layers = 2-2-2 instead.',
      ],
      ['w9', 'w9 is not a parameter of the 2-2-2 network, so it is ignored.'],
    ]);
  });

  it('reads answers: 0 or false is the exercise, 1 or true the key; anything else is refused', () => {
    expect(readUrlState('?view=sheet&answers=0').answers).toBe(false);
    expect(readUrlState('?view=sheet&answers=FALSE').answers).toBe(false);
    expect(readUrlState('?view=sheet&answers=1').answers).toBe(true);
    expect(readUrlState('?view=sheet&answers=true').answers).toBe(true);
    expect(readUrlState('?view=sheet').answers).toBeUndefined();
    const refused = readUrlState('?view=sheet&answers=no');
    expect(refused.answers).toBeUndefined();
    expect(refused.notices).toEqual([
      {
        key: 'answers',
        given: 'no',
        message:
          'answers must be 1 (the worked sheet, the answer key) or 0 (the exercise, blanks for the computed numbers); showing the answers instead.',
      },
    ]);
    expect(createAppStore(refused).getState().answers).toBe(true);
  });

  it('survives a huge or strange query', () => {
    const huge = `?${'w5=1&'.repeat(5000)}x=${'é'.repeat(10000)}`;
    expect(() => readUrlState(huge)).not.toThrow();
    expect(() => readUrlState('?%E0%A4%A=1&&&=&w5')).not.toThrow();
  });

  it('reads every key after a 10 kB value, and names the long one', () => {
    const state = readUrlState(`?i1=${'9'.repeat(10_000)}&t2=0.5&w5=x`);
    expect(state.model.params.t2).toBe(0.5);
    expect((state.notices ?? []).map((n) => n.key)).toEqual(['i1', 'w5']);
    expect(state.notices?.[0]?.message.length).toBeLessThan(200);
  });

  it('cuts a query over 64 kB between entries, never inside a value, and says so', () => {
    const filler = `x=${'a'.repeat(65_530 - 'w5=0.3456&'.length)}&`;
    const state = readUrlState(`?w6=0.7&${filler}w5=0.3456&w1=0.9`);
    expect(state.model.params.w6).toBe(0.7);
    expect(state.model.params.w5).toBe(ARTICLE_PARAMS.w5);
    expect(state.model.params.w1).toBe(ARTICLE_PARAMS.w1);
    expect((state.notices ?? []).map((n) => n.key)).toEqual(['query']);
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

  it('keeps the exercise in the sheet’s address, and only there', () => {
    const store = createAppStore(readUrlState('?view=sheet&answers=0&w5=0.3'));
    expect(searchFor(store.getState())).toBe('?view=sheet&w5=0.3&answers=0');
    store.getState().setAnswers(true);
    expect(searchFor(store.getState())).toBe('?view=sheet&w5=0.3');
    store.getState().setAnswers(false);
    store.getState().setView('explorer');
    expect(searchFor(store.getState())).toBe('?w5=0.3');
  });

  it('is empty for the article at the first step', () => {
    const store = createAppStore(readUrlState(''));
    expect(searchFor(store.getState())).toBe('');
    expect(urlSearchFor(store.getState())).toBe('');
  });

  it('keeps ?scorm while an LMS keeps the progress, so a reload in its frame reports on', () => {
    const store = createAppStore(readUrlState('?lesson=forward-pass&scorm=forward-pass'));
    expect(store.getState().scorm).toBe('forward-pass');
    expect(searchFor(store.getState())).toBe('?lesson=forward-pass&lstep=1&scorm=forward-pass');
    // No LMS answered: the page is the site's again.
    store.getState().setScorm(null);
    expect(searchFor(store.getState())).toBe('?lesson=forward-pass&lstep=1');
  });
});
