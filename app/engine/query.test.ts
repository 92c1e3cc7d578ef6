/**
 * The query contract (?w5=0.3&act_h=tanh…): bad values fall back with a notice
 * and never stop the page; a model written as a query reads back the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS } from './activations';
import { LOSS_IDS } from './losses';
import {
  ARTICLE_MODEL,
  BIAS_MODES,
  checkModel,
  DEFAULT_SETTINGS,
  HIDDEN_DELTA_MODES,
  type Model,
  type Settings,
} from './model';
import { modelFromQuery, modelToQuery } from './query';

const withParams = (params: Record<string, number>, settings: Partial<Settings> = {}): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
  settings: { ...DEFAULT_SETTINGS, ...settings },
});

describe('modelFromQuery', () => {
  it('falls back on bad values, with a notice naming the key and saying instead', () => {
    const { model, notices } = modelFromQuery([
      ['w5', 'abc'],
      ['lr', '-1'],
      ['act_h', 'softmax'],
      ['w6', '1e400'],
      ['w7', '0,3'],
    ]);
    expect(model.params.w5).toBe(0.4);
    expect(model.params.lr).toBe(0.5);
    expect(model.settings.act_h).toBe('sigmoid');
    expect(model.params.w6).toBe(0.45);
    expect(model.params.w7).toBe(0.3);
    expect(notices.map((n) => n.key)).toEqual(['w5', 'lr', 'act_h', 'w6']);
    for (const notice of notices) {
      expect(notice.message).toContain(notice.key);
      expect(notice.message).toContain('instead');
    }
    expect(notices[0]!.given).toBe('abc');
  });

  it('shortens long given values', () => {
    const { notices } = modelFromQuery([['w1', 'x'.repeat(500)]]);
    expect(notices[0]!.given.length).toBeLessThanOrEqual(41);
  });

  it('takes the last of repeated keys, even a bad one', () => {
    expect(
      modelFromQuery([
        ['w5', '0.1'],
        ['w5', '0.2'],
      ]).model.params.w5,
    ).toBe(0.2);
    const bad = modelFromQuery([
      ['w5', '0.1'],
      ['w5', 'abc'],
    ]);
    expect(bad.model.params.w5).toBe(0.4);
    expect(bad.notices).toHaveLength(1);
  });

  it('leaves unknown keys to their readers', () => {
    const { rest, notices } = modelFromQuery([
      ['view', 'sheet'],
      ['step', 'dE_dw5'],
      ['w9', '1'],
    ]);
    expect([...rest]).toEqual([
      ['view', 'sheet'],
      ['step', 'dE_dw5'],
      ['w9', '1'],
    ]);
    expect(notices).toEqual([]);
  });

  it('gives up cross-entropy rather than the output activation asked for with it', () => {
    const { model, notices } = modelFromQuery([
      ['loss', 'ce'],
      ['act_o', 'linear'],
    ]);
    expect(model.settings).toMatchObject({ loss: 'mse', act_o: 'linear' });
    expect(notices.map((n) => n.key)).toEqual(['loss']);
    expect(() => checkModel(model)).not.toThrow();
  });

  it('gives up a target that cross-entropy cannot take', () => {
    const { model, notices } = modelFromQuery([
      ['loss', 'ce'],
      ['t1', '1.5'],
    ]);
    expect(model.settings.loss).toBe('ce');
    expect(model.params.t1).toBe(0.01);
    expect(notices.map((n) => n.key)).toEqual(['t1']);
  });

  // The clash names 'loss', which the query did not give: the query's own act_o must fall back.
  it('never returns an incompatible model', () => {
    const base: Model = withParams({}, { loss: 'ce' });
    const { model } = modelFromQuery([['act_o', 'linear']], base);
    expect(() => checkModel(model)).not.toThrow();
  });

  it('round-trips through modelToQuery', () => {
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 0.5, -0.25, 1e-7),
    );
    const entries = fc.record({
      w1: value,
      w5: value,
      b2: value,
      t1: fc.double({ min: 0, max: 1, noNaN: true }),
      lr: fc.double({ min: 0, max: 1e3, noNaN: true }),
      act_h: fc.constantFrom(...ACTIVATION_IDS),
      loss: fc.constantFrom(...LOSS_IDS),
      biases: fc.constantFrom(...BIAS_MODES),
      hidden_deltas: fc.constantFrom(...HIDDEN_DELTA_MODES),
    });
    fc.assert(
      fc.property(entries, (given) => {
        const first = modelFromQuery(Object.entries(given).map(([k, v]) => [k, String(v)]));
        expect(first.notices).toEqual([]);
        const query = modelToQuery(first.model);
        const second = modelFromQuery(query);
        expect(second.notices).toEqual([]);
        expect(second.model).toEqual(first.model);
        expect(modelToQuery(second.model)).toEqual(query);
      }),
      { numRuns: 200 },
    );
  });

  it('writes nothing for the defaults', () => {
    expect(modelToQuery(ARTICLE_MODEL)).toEqual([]);
    expect(modelToQuery(withParams({ w5: 0.3 }, { loss: 'ce' }))).toEqual([
      ['w5', '0.3'],
      ['loss', 'ce'],
    ]);
  });
});
