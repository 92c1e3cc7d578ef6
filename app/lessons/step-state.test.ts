import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, defaultParams } from '../engine/model';
import { practiceParams } from './practice';
import { sameModel, stepModel, stepVisibility } from './step-state';

describe('a step’s model', () => {
  it('is the article’s with the step’s state over it', () => {
    expect(stepModel({}, null)).toEqual(ARTICLE_MODEL);
    const model = stepModel({ state: { w5: 0.3, act_h: 'tanh', lr: 2 } }, null);
    expect(model.params.w5).toBe(0.3);
    expect(model.params.w6).toBe(ARTICLE_MODEL.params.w6);
    expect(model.settings.act_h).toBe('tanh');
    expect(model.params.lr).toBe(2);
  });

  it('with practice numbers keeps everything the step sets itself, and draws the rest', () => {
    const drawn = practiceParams(99);
    const model = stepModel({ state: { w5: 0.3, i1: 1, act_o: 'tanh', lr: 2 } }, 99);
    expect(model.params.w5).toBe(0.3);
    expect(model.params.i1).toBe(1);
    expect(model.params.w6).toBe(drawn.w6);
    expect(model.params.i2).toBe(drawn.i2);
    expect(model.settings.act_o).toBe('tanh');
    expect(model.params.lr).toBe(2);
    expect(stepModel({}, 99).params).toEqual(drawn);
  });

  it('is the network the step names with layers, with the parameters it sets', () => {
    const model = stepModel({ state: { layers: '2-3-2', w12: 0.5, act_h: 'tanh' } }, null);
    expect(model.sizes).toEqual([2, 3, 2]);
    expect(model.params).toEqual({ ...defaultParams([2, 3, 2]), w12: 0.5 });
    expect(model.settings.act_h).toBe('tanh');
    // Without layers a step stays on the article's network.
    expect(stepModel({ state: { w5: 0.3 } }, null).sizes).toEqual([2, 2, 2]);
    expect(sameModel(model, stepModel({ state: { w12: 0.5, act_h: 'tanh' } }, null))).toBe(false);
  });

  it('compares by value', () => {
    expect(
      sameModel(stepModel({ state: { w5: 0.3 } }, null), stepModel({ state: { w5: 0.3 } }, null)),
    ).toBe(true);
    expect(sameModel(stepModel({ state: { w5: 0.3 } }, null), ARTICLE_MODEL)).toBe(false);
    expect(sameModel(stepModel({ state: { loss: 'ce' } }, null), ARTICLE_MODEL)).toBe(false);
  });
});

describe('what a step shows', () => {
  const ids = ['net_h1', 'out_h1', 'net_o1', 'dE_dw5'];
  const check = { quantity: 'net_o1', tolerance: 0.001, promptHtml: '', hintsHtml: [] };

  it('shows the values up to its focus, or every value with reveal: true', () => {
    expect(stepVisibility({ focus: 'out_h1' }, false, ids)).toEqual({
      showAll: false,
      concealed: null,
    });
    expect(stepVisibility({ focus: 'out_h1', reveal: true }, false, ids)).toEqual({
      showAll: true,
      concealed: null,
    });
  });

  it('without a focus shows no value at all', () => {
    expect(stepVisibility({}, false, ids)).toEqual({ showAll: false, concealed: 'net_h1' });
    expect(stepVisibility({ reveal: true }, false, ids)).toEqual({
      showAll: true,
      concealed: null,
    });
  });

  it('hides a check’s quantity and all after it until answered; answering lifts only that', () => {
    expect(stepVisibility({ focus: 'net_o1', check }, false, ids)).toEqual({
      showAll: false,
      concealed: 'net_o1',
    });
    expect(stepVisibility({ focus: 'net_o1', check }, true, ids)).toEqual({
      showAll: false,
      concealed: null,
    });
    // Even where the step shows everything, the answer waits for the learner.
    expect(stepVisibility({ focus: 'net_o1', reveal: true, check }, false, ids)).toEqual({
      showAll: true,
      concealed: 'net_o1',
    });
    expect(stepVisibility({ check }, false, ids).concealed).toBe('net_h1');
  });

  it('conceals nothing in the explorer for a widget’s own quantity', () => {
    const widgetCheck = { ...check, quantity: 'c' };
    expect(
      stepVisibility({ focus: 'dE_dw5', check: widgetCheck }, false, ids).concealed,
    ).toBeNull();
  });
});
