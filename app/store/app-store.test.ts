import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, switchBiasPer } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { createAppStore } from './app-store';

const fresh = (step?: string) =>
  createAppStore({ model: ARTICLE_MODEL, ...(step !== undefined && { step }) });

describe('editing the network', () => {
  it('recomputes the trace when a parameter changes', () => {
    const store = fresh();
    expect(store.getState().setParam('w5', 0.3)).toBe(true);
    const expected = computeTrace({
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 0.3 },
    });
    expect(store.getState().trace.quantities).toEqual(expected.quantities);
  });

  it('refuses a bad value, keeps the last good model and says why beside the field', () => {
    const store = fresh();
    const before = store.getState().model;
    for (const bad of [NaN, Infinity, 1e9]) {
      expect(store.getState().setParam('w5', bad)).toBe(false);
      expect(store.getState().model).toBe(before);
      expect(store.getState().fieldErrors.w5).toMatch(/w5/);
    }
    store.getState().setParam('w5', 0.3);
    expect(store.getState().fieldErrors.w5).toBeUndefined();
  });

  it('refuses cross-entropy with a linear output and keeps the previous settings', () => {
    const store = fresh();
    store.getState().setSetting('act_o', 'linear');
    expect(store.getState().setSetting('loss', 'ce')).toBe(false);
    expect(store.getState().model.settings.loss).toBe('mse');
    expect(store.getState().fieldErrors.loss).toMatch(/Cross-entropy/);
  });

  it('switches bias_per with the biases’ values, edits a neuron’s own bias, and undoes it', () => {
    const store = fresh('dE_db1');
    expect(store.getState().setSetting('bias_per', 'neuron')).toBe(true);
    expect(store.getState().model).toEqual(switchBiasPer(ARTICLE_MODEL, 'neuron'));
    expect(store.getState().trace.names.biasIds).toEqual(['b_h1', 'b_h2', 'b_o1', 'b_o2']);
    expect(store.getState().setParam('b_h2', 0.1)).toBe(true);
    expect(store.getState().setParam('b1', 0.1)).toBe(false);
    expect(store.getState().fieldErrors.b1).toMatch(/b1 is not a parameter/);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().model).toEqual(ARTICLE_MODEL);
  });

  it('undoes and redoes edits, and a whole drag is one undo step', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setParam('w5', 0.3);
    for (const v of [0.31, 0.32, 0.33]) s().setParam('w1', v, 'preview');
    s().setParam('w1', 0.34);
    expect(s().past).toHaveLength(2);
    s().undo();
    expect(s().model.params.w1).toBe(0.15);
    expect(s().model.params.w5).toBe(0.3);
    s().undo();
    expect(s().model.params.w5).toBe(0.4);
    s().redo();
    s().redo();
    expect(s().model.params.w1).toBe(0.34);
    expect(s().trace.quantities.net_h1).toBe(
      computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.3, w1: 0.34 } })
        .quantities.net_h1,
    );
  });

  it('reset returns to the article and can itself be undone', () => {
    const store = fresh();
    store.getState().setParam('w5', 0.3);
    store.getState().reset();
    expect(store.getState().model.params).toEqual(ARTICLE_MODEL.params);
    store.getState().undo();
    expect(store.getState().model.params.w5).toBe(0.3);
  });

  it('applying one update installs every *_new value and records the error drop', () => {
    const store = fresh();
    const { quantities } = store.getState().trace;
    expect(store.getState().applyUpdate()).toBe(true);
    expect(store.getState().model.params.w5).toBe(quantities.w5_new);
    expect(store.getState().model.params.w1).toBe(quantities.w1_new);
    expect(store.getState().trace.quantities.E_total).toBe(quantities.E_total_new);
    expect(store.getState().lossHistory).toEqual([quantities.E_total, quantities.E_total_new]);
  });
});

describe('stepping', () => {
  it('starts at the first step, or at a known step given', () => {
    expect(fresh().getState().step).toBe('net_h1');
    expect(fresh('dE_dw5').getState().step).toBe('dE_dw5');
  });

  it('an unknown step starts at the first step with a notice', () => {
    const store = fresh('dE_dw99');
    expect(store.getState().step).toBe('net_h1');
    expect(store.getState().notices.map((n) => n.key)).toContain('step');
  });

  it('moves by one, to the ends, and stops playing at the end', () => {
    const store = fresh();
    const s = () => store.getState();
    s().next();
    expect(s().step).toBe('out_h1');
    s().previous();
    s().previous();
    expect(s().step).toBe('net_h1');
    s().setPlaying(true);
    s().last();
    expect(s().step).toBe('E_total_new');
    s().next();
    expect(s().playing).toBe(false);
    s().goTo('not-a-step');
    expect(s().step).toBe('E_total_new');
  });

  it('keeps its place when a setting adds entries, and falls back when its entry goes', () => {
    const store = fresh('dE_dw5');
    store.getState().setSetting('biases', 'learned');
    expect(store.getState().step).toBe('dE_dw5');
    store.getState().goTo('b1_new');
    store.getState().setSetting('biases', 'fixed');
    // b1_new is gone: the step-through stands on the entry now at the same place.
    const { trace, step } = store.getState();
    expect(trace.entries.some((e) => e.id === step)).toBe(true);
    expect(step).toBe('E_total_new');
  });
});
