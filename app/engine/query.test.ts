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
  defaultParams,
  DEFAULT_SETTINGS,
  HIDDEN_DELTA_MODES,
  type Model,
  type Settings,
} from './model';
import { modelFromQuery, modelToQuery, strayParameterNotices } from './query';

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

describe('modelFromQuery, in detail', () => {
  it('says why and what it uses instead, in one sentence a page can show', () => {
    const { notices } = modelFromQuery([
      ['w5', 'abc'],
      ['act_h', 'softmax'],
    ]);
    expect(notices).toEqual([
      {
        key: 'w5',
        given: 'abc',
        message: 'w5 must be a number; "abc" is not one. Using w5 = 0.4 instead.',
      },
      {
        key: 'act_h',
        given: 'softmax',
        message:
          'act_h must be one of sigmoid, tanh, relu, linear; "softmax" is not. Using act_h = sigmoid instead.',
      },
    ]);
  });

  it('shortens a long given value to 40 characters and an ellipsis', () => {
    const { notices } = modelFromQuery([['w1', 'x'.repeat(41)]]);
    expect(notices[0]!.given).toBe(`${'x'.repeat(40)}…`);
    expect(modelFromQuery([['w1', 'y'.repeat(40)]]).notices[0]!.given).toBe('y'.repeat(40));
  });

  it('reads settings with spaces around them, as numbers are', () => {
    const { model, notices } = modelFromQuery([
      ['act_h', ' tanh '],
      ['w5', ' 0,3 '],
    ]);
    expect(notices).toEqual([]);
    expect(model.settings.act_h).toBe('tanh');
    expect(model.params.w5).toBe(0.3);
  });

  it('falls back to the base it was given, not to the article', () => {
    const base = withParams({ w5: 0.7 }, { act_h: 'relu' });
    const { model, notices } = modelFromQuery(
      [
        ['w5', 'x'],
        ['act_h', 'y'],
      ],
      base,
    );
    expect(model.params.w5).toBe(0.7);
    expect(model.settings.act_h).toBe('relu');
    expect(notices.map((n) => n.message.split('. Using ')[1])).toEqual([
      'w5 = 0.7 instead.',
      'act_h = relu instead.',
    ]);
  });

  it('resolves a clash over two given targets one at a time', () => {
    const { model, notices } = modelFromQuery([
      ['loss', 'ce'],
      ['t1', '2'],
      ['t2', '-1'],
    ]);
    expect(model.settings.loss).toBe('ce');
    expect([model.params.t1, model.params.t2]).toEqual([0.01, 0.99]);
    expect(notices.map((n) => n.key)).toEqual(['t1', 't2']);
    expect(notices[0]!.message).toBe(
      'With cross-entropy a target is a probability: t1 must lie between 0 and 1; got 2. Using t1 = 0.01 instead.',
    );
  });

  it('gives up the cross-entropy asked for when the base holds a target it cannot take', () => {
    // The clash names t1, which the query did not give: the query's own part of it, the loss, goes.
    const base = withParams({ t1: 1.5 });
    const { model, notices } = modelFromQuery([['loss', 'ce']], base);
    expect(model.settings.loss).toBe('mse');
    expect(model.params.t1).toBe(1.5);
    expect(notices.map((n) => [n.key, n.given])).toEqual([['loss', 'ce']]);
    expect(notices[0]!.message).toMatch(
      /t1 must lie between 0 and 1; got 1\.5\. Using loss = mse instead\.$/,
    );
  });

  it('when the base clashes with itself, says so rather than return an impossible model', () => {
    const base = withParams({ t1: 5 }, { loss: 'ce' });
    expect(() => modelFromQuery([], base)).toThrow(/t1 must lie between 0 and 1/);
  });
});

describe('modelToQuery, in detail', () => {
  it('leaves out a parameter the model lacks rather than write it as undefined', () => {
    const { w3: _, ...params } = ARTICLE_MODEL.params;
    expect(modelToQuery({ ...ARTICLE_MODEL, params: { ...params, w5: 0.3 } })).toEqual([
      ['w5', '0.3'],
    ]);
  });

  it('writes parameters in display order, then settings in their own order', () => {
    const model = withParams(
      { lr: 0.1, b1: 0.3, w1: 0.2, t2: 0.5, i1: 1 },
      { hidden_deltas: 'updated', act_h: 'tanh' },
    );
    expect(modelToQuery(model)).toEqual([
      ['i1', '1'],
      ['t2', '0.5'],
      ['w1', '0.2'],
      ['b1', '0.3'],
      ['lr', '0.1'],
      ['act_h', 'tanh'],
      ['hidden_deltas', 'updated'],
    ]);
  });
});

describe('layers= in the query', () => {
  const grown: Model = {
    sizes: [2, 3, 2],
    params: defaultParams([2, 3, 2]),
    settings: DEFAULT_SETTINGS,
  };

  it('reads the architecture first, wherever it stands, then the parameters it names', () => {
    const { model, notices, rest } = modelFromQuery([
      ['w12', '0.3'],
      ['act_h', 'tanh'],
      ['layers', '2-3-2'],
    ]);
    expect(notices).toEqual([]);
    expect([...rest]).toEqual([]);
    expect(model.sizes).toEqual([2, 3, 2]);
    expect(model.params).toEqual({ ...defaultParams([2, 3, 2]), w12: 0.3 });
    expect(model.settings.act_h).toBe('tanh');
    expect(() => checkModel(model)).not.toThrow();
  });

  it('takes the last of repeated layers, and reads a deeper network by its own names', () => {
    const { model, notices } = modelFromQuery([
      ['layers', '3-2-1-2'],
      ['layers', '1-4-4-4-1'],
      ['w40', '-2'],
      ['b4', '0.1'],
    ]);
    expect(notices).toEqual([]);
    expect(model.sizes).toEqual([1, 4, 4, 4, 1]);
    expect(model.params.w40).toBe(-2);
    expect(model.params.b4).toBe(0.1);
  });

  it.each([
    [
      'abc',
      'layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "abc" is not.',
    ],
    [
      '2--2',
      'layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "2--2" is not.',
    ],
    [
      '',
      'layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "" is not.',
    ],
    ['2-7-2', 'layers must have 1 to 6 neurons in every layer; 2-7-2 has a layer of 7.'],
    ['2-0-2', 'layers must have 1 to 6 neurons in every layer; 2-0-2 has a layer of 0.'],
    ['2-2', 'layers must have 1 to 3 hidden layers between the inputs and the outputs; 2-2 has 0.'],
    [
      '2-2-2-2-2-2',
      'layers must have 1 to 3 hidden layers between the inputs and the outputs; 2-2-2-2-2-2 has 4.',
    ],
  ])('refuses layers=%s with a notice naming it, and keeps 2-2-2', (text, reason) => {
    const { model, notices, rest } = modelFromQuery([
      ['layers', text],
      ['w5', '0.3'],
      ['w12', '1'],
    ]);
    expect(model.sizes).toEqual([2, 2, 2]);
    expect(model.params.w5).toBe(0.3);
    expect(notices).toEqual([
      { key: 'layers', given: text, message: `${reason} Using layers = 2-2-2 instead.` },
    ]);
    // w12 is no parameter of the network kept: it is left over, and a page says so.
    expect([...rest]).toEqual([['w12', '1']]);
  });

  it('shortens a long layers value in its notice, and refuses it before reading it', () => {
    const text = '2-'.repeat(5000) + '2';
    const { notices } = modelFromQuery([['layers', text]]);
    expect(notices[0]!.key).toBe('layers');
    expect(notices[0]!.given).toBe(`${text.slice(0, 40)}…`);
    expect(notices[0]!.message.length).toBeLessThan(200);
  });

  it('keeps the base when it names the same network, and falls back to the base network', () => {
    const base: Model = { ...grown, params: { ...grown.params, w7: 0.9 } };
    expect(modelFromQuery([['layers', '2-3-2']], base).model).toEqual(base);
    const refused = modelFromQuery([['layers', '9']], base);
    expect(refused.model).toEqual(base);
    expect(refused.notices[0]!.message).toMatch(/Using layers = 2-3-2 instead\.$/);
  });

  it('moves to another network with its own values, keeping the learning rate and settings', () => {
    const base: Model = {
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 9, lr: 0.1 },
      settings: { ...DEFAULT_SETTINGS, act_o: 'tanh' },
    };
    const { model } = modelFromQuery([['layers', '2-3-2']], base);
    expect(model).toEqual({
      sizes: [2, 3, 2],
      params: { ...defaultParams([2, 3, 2]), lr: 0.1 },
      settings: base.settings,
    });
  });

  it('leaves parameters the network lacks over, and strayParameterNotices names each', () => {
    const { rest } = modelFromQuery([
      ['layers', '2-3-2'],
      ['w13', '1'],
      ['b3', '2'],
      ['view', 'sheet'],
    ]);
    expect(strayParameterNotices(rest, grown)).toEqual([
      {
        key: 'w13',
        given: '1',
        message: 'w13 is not a parameter of the 2-3-2 network, so it is ignored.',
      },
      {
        key: 'b3',
        given: '2',
        message: 'b3 is not a parameter of the 2-3-2 network, so it is ignored.',
      },
    ]);
  });

  it('is written first by modelToQuery, and only for another network than the article’s', () => {
    expect(modelToQuery(ARTICLE_MODEL)).toEqual([]);
    expect(modelToQuery(grown)).toEqual([['layers', '2-3-2']]);
    const edited: Model = {
      ...grown,
      params: { ...grown.params, w7: 0.4, lr: 0.2 },
      settings: { ...DEFAULT_SETTINGS, loss: 'ce' },
    };
    expect(modelToQuery(edited)).toEqual([
      ['layers', '2-3-2'],
      ['w7', '0.4'],
      ['lr', '0.2'],
      ['loss', 'ce'],
    ]);
    expect(modelFromQuery(modelToQuery(edited)).model).toEqual(edited);
  });
});
