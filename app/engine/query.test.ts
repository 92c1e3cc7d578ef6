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
import { EngineError } from './errors';
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

describe('modelFromQuery, read strictly (the command line)', () => {
  const strictly = (entries: [string, string][]) =>
    modelFromQuery(entries, ARTICLE_MODEL, { strict: true });
  const refusal = (entries: [string, string][]) => {
    try {
      strictly(entries);
    } catch (error) {
      return error as EngineError;
    }
    throw new Error('nothing was refused');
  };

  it('reads what the lenient reader reads, with no notices', () => {
    const entries: [string, string][] = [
      ['layers', '2-3-2'],
      ['w7', '0.3'],
      ['act_h', 'tanh'],
      ['view', 'sheet'],
    ];
    const { model, notices, rest } = strictly(entries);
    expect(model).toEqual(modelFromQuery(entries).model);
    expect(notices).toEqual([]);
    expect([...rest]).toEqual([['view', 'sheet']]);
  });

  it.each([
    [[['layers', '2-9-2']], 'layers', /6/],
    [[['bias_per', 'cell']], 'bias_per', /layer|neuron/],
    [[['w5', 'abc']], 'w5', /number/],
    [[['w5', '1e9']], 'w5', /between/],
    [[['act_h', 'cosine']], 'act_h', /sigmoid/],
    [
      [
        ['loss', 'ce'],
        ['act_o', 'linear'],
      ],
      'loss',
      /linear/,
    ],
  ] as [[string, string][], string, RegExp][])(
    'throws the first refusal instead of falling back: %j',
    (entries, subject, words) => {
      const error = refusal(entries);
      expect(error).toBeInstanceOf(EngineError);
      expect(error.subject).toBe(subject);
      expect(error.message).toMatch(words);
    },
  );

  it('refuses a parameter of the network the query names, not of the article', () => {
    expect(
      strictly([
        ['layers', '2-3-2'],
        ['w12', '0.1'],
      ]).model.params.w12,
    ).toBe(0.1);
    expect(() => strictly([['w9', '0.1']])).not.toThrow(); // left to the caller, in rest
    expect([...strictly([['w9', '0.1']]).rest.keys()]).toEqual(['w9']);
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
