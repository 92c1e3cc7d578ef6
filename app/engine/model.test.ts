/**
 * Parameters by name and kind, the default numbers of any network, and the exact
 * words of a refusal (what the pages show beside a field). Ranges and the forms a
 * number may take are in bad-input.test.ts and extremes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { networkNames } from './architecture';
import { EngineError } from './errors';
import {
  ARTICLE_PARAMS,
  checkCompatibility,
  checkParam,
  checkSetting,
  DEFAULT_SETTINGS,
  defaultParams,
  isSettingKey,
  paramIds,
  paramKind,
  parseNumber,
  quoted,
  SETTING_KEYS,
} from './model';

/** The refusal `f` throws: code, subject and message. */
function refusal(f: () => unknown): [string, string, string] {
  try {
    f();
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    expect(error.name).toBe('EngineError');
    return [error.code, error.subject, error.message];
  }
  throw new Error('expected a refusal');
}

describe('parameters by name', () => {
  it('lists them in display order: inputs, targets, weights, biases, learning rate', () => {
    expect(paramIds(networkNames([2, 2, 2]))).toEqual(
      'i1 i2 t1 t2 w1 w2 w3 w4 w5 w6 w7 w8 b1 b2 lr'.split(' '),
    );
  });

  it('tells the kind of a parameter from its name alone', () => {
    expect(['i1', 't2', 'w8', 'b1', 'lr', 'w12'].map(paramKind)).toEqual([
      'input',
      'target',
      'weight',
      'bias',
      'lr',
      'weight',
    ]);
    for (const id of ['w0', 'w05', 'x1', 'w', 'w1a', ' w1', 'lr2', 'W1', 'net_h1']) {
      expect(paramKind(id), id).toBeUndefined();
    }
  });

  it('knows the setting keys and only those', () => {
    expect(SETTING_KEYS).toEqual(['act_h', 'act_o', 'loss', 'biases', 'hidden_deltas', 'bias_per']);
    expect(SETTING_KEYS.every(isSettingKey)).toBe(true);
    expect(['w5', 'view', 'toString', ''].some(isSettingKey)).toBe(false);
    expect(DEFAULT_SETTINGS).toEqual({
      act_h: 'sigmoid',
      act_o: 'sigmoid',
      loss: 'mse',
      biases: 'fixed',
      hidden_deltas: 'original',
      bias_per: 'layer',
    });
  });
});

describe('defaultParams', () => {
  it("gives the article's numbers for the article's network", () => {
    expect(defaultParams([2, 2, 2])).toBe(ARTICLE_PARAMS);
  });

  it('continues the pattern elsewhere: weights from 0.15 in steps of 0.05 wrapping below 0.95', () => {
    const params = defaultParams([3, 4, 4, 2]);
    expect([params.i1, params.i2, params.i3]).toEqual([0.05, 0.1, 0.15]);
    expect([params.t1, params.t2]).toEqual([0.01, 0.99]);
    // 36 weights: 0.15, 0.20, … 0.90 (16 of them), then again from 0.15.
    const weights = networkNames([3, 4, 4, 2]).weights.map((w) => params[w.id]);
    expect(weights.slice(0, 4)).toEqual([0.15, 0.2, 0.25, 0.3]);
    expect(weights.slice(14, 18)).toEqual([0.85, 0.9, 0.15, 0.2]);
    expect(weights[35]).toBe(0.3);
    // Biases 0.35, 0.60, 0.85, wrapping below 0.95 too.
    expect([params.b1, params.b2, params.b3]).toEqual([0.35, 0.6, 0.85]);
    expect(params.lr).toBe(0.5);
    expect(Object.keys(params).sort()).toEqual(paramIds(networkNames([3, 4, 4, 2])).sort());
  });

  it('alternates the targets 0.01, 0.99 and wraps a fourth bias', () => {
    const params = defaultParams([1, 1, 1, 1, 3]);
    expect([params.t1, params.t2, params.t3]).toEqual([0.01, 0.99, 0.01]);
    expect([params.b1, params.b2, params.b3, params.b4]).toEqual([0.35, 0.6, 0.85, 0.5]);
  });
});

describe('parseNumber', () => {
  it('reads a decimal comma with an exponent, and a number 100 characters long', () => {
    expect(parseNumber('w5', '1,5e3')).toBe(1500);
    expect(parseNumber('w5', '-2,5E-1')).toBe(-0.25);
    const long = `0.${'1'.repeat(98)}`;
    expect(long).toHaveLength(100);
    expect(parseNumber('w5', long)).toBeCloseTo(1 / 9, 15);
  });

  it('reads a decimal comma after any number of digits, and a point before several', () => {
    expect(parseNumber('w5', ',5')).toBe(0.5);
    expect(parseNumber('w5', '12,5')).toBe(12.5);
    expect(parseNumber('w5', '1,5e10')).toBe(1.5e10);
    expect(parseNumber('w5', '.125')).toBe(0.125);
    expect(refusal(() => parseNumber('w5', '1,'))[0]).toBe('not-a-number');
  });

  it('calls only the whole words NaN, Infinity and inf not finite; words around them are not numbers', () => {
    for (const text of ['info', 'Infinite', 'nano', '2inf', 'xnan', 'minf']) {
      expect(refusal(() => parseNumber('w5', text))[0], text).toBe('not-a-number');
    }
  });

  it('refuses two commas, or a comma and a point', () => {
    expect(refusal(() => parseNumber('w5', '1,2,3'))[0]).toBe('not-a-number');
    expect(refusal(() => parseNumber('w5', '1,2.3'))[0]).toBe('not-a-number');
    expect(refusal(() => parseNumber('w5', 'x0,5'))[0]).toBe('not-a-number');
  });

  it('says what is wrong in words that name the parameter', () => {
    expect(refusal(() => parseNumber('w5', 'abc'))).toEqual([
      'not-a-number',
      'w5',
      'w5 must be a number; "abc" is not one.',
    ]);
    expect(refusal(() => parseNumber('lr', ' -Infinity '))).toEqual([
      'not-finite',
      'lr',
      'lr must be a finite number, not " -Infinity ".',
    ]);
    expect(refusal(() => parseNumber('b1', '2e308'))).toEqual([
      'not-finite',
      'b1',
      'b1 = 2e308 is too large to be a finite number.',
    ]);
    const long = '7'.repeat(101);
    expect(refusal(() => parseNumber('w1', long))).toEqual([
      'not-a-number',
      'w1',
      `w1 must be a number; "${'7'.repeat(40)}…" (101 characters) is too long to be one.`,
    ]);
  });
});

describe('quoted', () => {
  it('keeps 40 characters, and shortens longer text to 40 and an ellipsis', () => {
    expect(quoted('x'.repeat(40))).toBe('x'.repeat(40));
    expect(quoted('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
    // Characters, not UTF-16 units: an emoji is not cut in half.
    expect(quoted('😀'.repeat(41))).toBe(`${'😀'.repeat(40)}…`);
  });
});

describe('refusals in words', () => {
  const names = networkNames([2, 2, 2]);

  it('checkParam names the parameter, the rule and the value', () => {
    expect(refusal(() => checkParam(names, 'w9', 1))).toEqual([
      'unknown-parameter',
      'w9',
      'w9 is not a parameter of this network.',
    ]);
    expect(refusal(() => checkParam(names, 'w1', '1'))).toEqual([
      'not-a-number',
      'w1',
      'w1 must be a number; got string.',
    ]);
    expect(refusal(() => checkParam(names, 'w1', NaN))).toEqual([
      'not-finite',
      'w1',
      'w1 must be a finite number, not NaN.',
    ]);
    expect(refusal(() => checkParam(names, 'lr', 1001))).toEqual([
      'out-of-range',
      'lr',
      'lr must lie between 0 and 1000; got 1001.',
    ]);
  });

  it('checkSetting lists the choices', () => {
    expect(refusal(() => checkSetting('loss', 'l2'))).toEqual([
      'unknown-setting',
      'loss',
      'loss must be one of mse, ce; "l2" is not.',
    ]);
    expect(checkSetting('hidden_deltas', 'updated')).toBe('updated');
  });

  it('checkCompatibility names the output activation, or the target and its value', () => {
    const ce = { ...DEFAULT_SETTINGS, loss: 'ce' } as const;
    expect(
      refusal(() => checkCompatibility(names, ARTICLE_PARAMS, { ...ce, act_o: 'tanh' })),
    ).toEqual([
      'incompatible',
      'loss',
      'Cross-entropy needs outputs in (0, 1), which a sigmoid output gives; act_o = tanh does not.',
    ]);
    expect(refusal(() => checkCompatibility(names, { ...ARTICLE_PARAMS, t2: 1.25 }, ce))).toEqual([
      'incompatible',
      't2',
      'With cross-entropy a target is a probability: t2 must lie between 0 and 1; got 1.25.',
    ]);
    // A missing target is no probability either.
    const { t1: _, ...withoutT1 } = ARTICLE_PARAMS;
    expect(refusal(() => checkCompatibility(names, withoutT1, ce))[1]).toBe('t1');
    // Squared error takes any target, with any output.
    expect(() =>
      checkCompatibility(
        names,
        { ...ARTICLE_PARAMS, t1: 7 },
        { ...DEFAULT_SETTINGS, act_o: 'relu' },
      ),
    ).not.toThrow();
  });
});
