import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { practiceParams } from './practice';
import { sameModel, stepModel, stepVisibility } from './step-state';

const check = { quantity: 'net_h1', tolerance: 0.001, promptHtml: '', hintsHtml: [] };
const traceIds = new Set(['net_h1', 'out_h1']);

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

  it('compares by value', () => {
    expect(
      sameModel(stepModel({ state: { w5: 0.3 } }, null), stepModel({ state: { w5: 0.3 } }, null)),
    ).toBe(true);
    expect(sameModel(stepModel({ state: { w5: 0.3 } }, null), ARTICLE_MODEL)).toBe(false);
    expect(sameModel(stepModel({ state: { loss: 'ce' } }, null), ARTICLE_MODEL)).toBe(false);
  });
});

describe('what a step shows', () => {
  it('shows every value by default, and hides a check’s quantity until answered', () => {
    expect(stepVisibility({}, false, traceIds)).toEqual({ showAll: true, concealed: null });
    expect(stepVisibility({ check }, false, traceIds)).toEqual({
      showAll: true,
      concealed: 'net_h1',
    });
    expect(stepVisibility({ check }, true, traceIds)).toEqual({ showAll: true, concealed: null });
  });

  it('with reveal: false shows values up to the focus only, until revealed', () => {
    expect(stepVisibility({ reveal: false }, false, traceIds)).toEqual({
      showAll: false,
      concealed: null,
    });
    expect(stepVisibility({ reveal: false, check }, false, traceIds)).toEqual({
      showAll: false,
      concealed: 'net_h1',
    });
    expect(stepVisibility({ reveal: false, check }, true, traceIds)).toEqual({
      showAll: true,
      concealed: null,
    });
  });

  it('conceals nothing in the explorer for a widget’s check', () => {
    const widgetCheck = { ...check, quantity: 'c' };
    const widget = { type: 'expression', graph: 'a+b', values: { a: 1, b: 2 } } as const;
    expect(stepVisibility({ widget, check: widgetCheck }, false, traceIds).concealed).toBeNull();
  });
});
