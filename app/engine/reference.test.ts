/**
 * The engine against every figure of the reference (Mazur's 2-2-2 worked example):
 * float64 `exact` values to 1e-12, the article's `published` figures to the digits
 * it printed, and the after-training figures that the article got wrong, each
 * traced to the mistake that produces it (`published_explained`).
 *
 * The figures are copied here so the test stands alone; when the shared reference
 * file is present, a test checks the copy against it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';
import { ARTICLE_MODEL, ARTICLE_PARAMS, type Model } from './model';
import { computeTrace } from './trace';
import { train, type TrainResult } from './train';

const REFERENCE_FILE = '/work/shared/reference/mazur-2-2-2.json';

const EXACT: Readonly<Record<string, number>> = {
  net_h1: 0.3775,
  out_h1: 0.5932699921071872,
  net_h2: 0.39249999999999996,
  out_h2: 0.596884378259767,
  net_o1: 1.10590596705977,
  out_o1: 0.7513650695523157,
  net_o2: 1.2249214040964653,
  out_o2: 0.7729284653214625,
  E_o1: 0.274811083176155,
  E_o2: 0.023560025583847746,
  E_total: 0.2983711087600027,
  dE_dout_o1: 0.7413650695523157,
  dout_o1_dnet_o1: 0.18681560180895948,
  dnet_o1_dw5: 0.5932699921071872,
  dE_dw1: 0.0004385677344743465,
  dE_dw2: 0.000877135468948693,
  dE_dw3: 0.0004977127352608599,
  dE_dw4: 0.0009954254705217198,
  dE_dw5: 0.08216704056423077,
  dE_dw6: 0.08266762784753325,
  dE_dw7: -0.02260254047747507,
  dE_dw8: -0.022740242215978222,
  dE_db1_not_applied: 0.018725609394704128,
  dE_db2_not_applied: 0.10040032511200071,
  w1_new: 0.1497807161327628,
  w2_new: 0.19956143226552567,
  w3_new: 0.24975114363236958,
  w4_new: 0.29950228726473915,
  w5_new: 0.35891647971788465,
  w6_new: 0.4086661860762334,
  w7_new: 0.5113012702387375,
  w8_new: 0.5613701211079891,
  dE_dout_h1: 0.03635030639314466,
  dout_h1_dnet_h1: 0.24130070857232525,
  E_total_after_1_update: 0.29102777369359933,
  E_total_after_10000_updates: 3.510187782978859e-5,
  out_o1_after_10000_updates: 0.01591362044355068,
  out_o2_after_10000_updates: 0.9840642735146238,
};

/** As printed: strings, because the printed digits are the claim (0.75136507 is 9 digits, 0 dropped). */
const PUBLISHED: Readonly<Record<string, string>> = {
  net_h1: '0.3775',
  out_h1: '0.593269992',
  out_h2: '0.596884378',
  net_o1: '1.105905967',
  out_o1: '0.75136507',
  out_o2: '0.772928465',
  E_o1: '0.274811083',
  E_o2: '0.023560026',
  E_total: '0.298371109',
  dE_dout_o1: '0.74136507',
  dout_o1_dnet_o1: '0.186815602',
  dnet_o1_dw5: '0.593269992',
  dE_dw5: '0.082167041',
  w5_new: '0.35891648',
  w6_new: '0.408666186',
  w7_new: '0.51130127',
  w8_new: '0.561370121',
  dE_dout_h1: '0.036350306',
  dout_h1_dnet_h1: '0.241300709',
  dE_dw1: '0.000438568',
  w1_new: '0.149780716',
  w2_new: '0.19956143',
  w3_new: '0.24975114',
  w4_new: '0.29950229',
  E_total_after_1_update: '0.291027924',
  E_total_after_10000_updates: '0.0000351085',
  out_o1_after_10000_updates: '0.015912196',
  out_o2_after_10000_updates: '0.984065734',
};

/** The article's figures that are 9 significant digits of the exact value, as formatNumber prints it. */
const PRINTED_WITH_9_SIGNIFICANT = [
  'net_h1',
  'out_h1',
  'out_h2',
  'out_o1',
  'out_o2',
  'E_o1',
  'E_total',
  'dE_dout_o1',
  'dout_o1_dnet_o1',
  'dnet_o1_dw5',
  'w5_new',
  'w6_new',
  'w7_new',
  'w8_new',
  'dout_h1_dnet_h1',
  'w1_new',
];

const UPDATED_EXPLAINED: Readonly<Record<string, string>> = {
  w1_new: '0.149817639',
  w2_new: '0.199635277',
  w3_new: '0.249788185',
  w4_new: '0.29957637',
  E_total_after_1_update: '0.291027924',
  E_total_after_10000_updates: '0.00003508479',
  out_o1_after_10000_updates: '0.015912196',
  out_o2_after_10000_updates: '0.984065734',
};

const AFTER_9999_EXPLAINED: Readonly<Record<string, string>> = {
  E_total: '0.0000351085',
  out_o1: '0.015914185',
  out_o2: '0.984063712',
};

/** Published figures that the ordering mistake (hidden_deltas = updated) gives. */
const FROM_UPDATED_ORDER = [
  'E_total_after_1_update',
  'out_o1_after_10000_updates',
  'out_o2_after_10000_updates',
];
/** The four published figures that the correct method does not give. */
const WRONG_IN_ARTICLE = [...FROM_UPDATED_ORDER, 'E_total_after_10000_updates'];

const UPDATED_MODEL: Model = {
  ...ARTICLE_MODEL,
  settings: { ...ARTICLE_MODEL.settings, hidden_deltas: 'updated' },
};

const once = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= compute());
};
const correctTrace = once(() => computeTrace(ARTICLE_MODEL).quantities);
const updatedTrace = once(() => computeTrace(UPDATED_MODEL).quantities);
const correct10000 = once(() => train(ARTICLE_MODEL, 10000));
const correct9999 = once(() => train(ARTICLE_MODEL, 9999));
const updated10000 = once(() => train(UPDATED_MODEL, 10000));

/** A reference key's value, computed by the engine from a trace and training run of one method. */
function figure(
  key: string,
  trace: Readonly<Record<string, number>>,
  trained: () => TrainResult,
): number {
  const afterTraining = /^(E_total|out_o1|out_o2)_after_10000_updates$/.exec(key);
  if (afterTraining) return afterTrainingFigure(afterTraining[1]!, trained(), 10000);
  const id = key === 'E_total_after_1_update' ? 'E_total_new' : key.replace(/_not_applied$/, '');
  const value = trace[id];
  if (value === undefined) throw new Error(`the trace has no ${id} (reference key ${key})`);
  return value;
}
/** 'E_total', 'out_o1' or 'out_o2' after `steps` updates of a training run. */
function afterTrainingFigure(quantity: string, run: TrainResult, steps: number): number {
  expect(run.status).toBe('done');
  expect(run.steps).toBe(steps);
  const value =
    quantity === 'E_total' ? run.losses[steps - 1] : run.outputs[quantity.replace(/^out_/, '')];
  if (value === undefined) throw new Error(`training gave no ${quantity}`);
  return value;
}
const correctFigure = (key: string) => figure(key, correctTrace(), correct10000);
const updatedFigure = (key: string) => figure(key, updatedTrace(), updated10000);

/** The last printed place of a decimal string: '0.0000351085' → 1e-10, '0.3775' → 1e-4. */
function lastPlace(printed: string): number {
  const [mantissa = '', exponent = '0'] = printed.toLowerCase().split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return Number(`1e${Number(exponent) - decimals}`);
}

/** The printed figure is `value` rounded to the printed place (within half a unit of it). */
function matchesPrinted(value: number, printed: string): boolean {
  // The tiny slack absorbs the float error of writing the printed decimal as a double.
  return Math.abs(value - Number(printed)) <= lastPlace(printed) * (0.5 + 1e-9);
}

const significantDigits = (printed: string) =>
  printed.replace(/e.*$/i, '').replace(/[-+.]/g, '').replace(/^0+/, '').length;

function expectClose(value: number, exact: number) {
  expect(Math.abs(value - exact)).toBeLessThanOrEqual(1e-12 * Math.abs(exact));
}

describe('the reference file', () => {
  it.skipIf(!existsSync(REFERENCE_FILE))('agrees with the copy in this test', () => {
    const reference = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as {
      params: Record<string, number>;
      published: Record<string, number>;
      exact: Record<string, number>;
      published_explained: {
        hidden_deltas_with_updated_output_weights: Record<string, number>;
        correct_method_after_9999_updates: Record<string, number>;
      };
    };
    const { learning_rate, ...params } = reference.params;
    expect({ ...params, lr: learning_rate }).toEqual(ARTICLE_PARAMS);
    expect(reference.exact).toEqual(EXACT);
    const numbers = (table: Readonly<Record<string, string>>) =>
      Object.fromEntries(Object.entries(table).map(([key, text]) => [key, Number(text)]));
    expect(reference.published).toEqual(numbers(PUBLISHED));
    const explained = reference.published_explained;
    expect(explained.hidden_deltas_with_updated_output_weights).toEqual(numbers(UPDATED_EXPLAINED));
    expect(explained.correct_method_after_9999_updates).toEqual(numbers(AFTER_9999_EXPLAINED));
  });
});

describe('exact figures (float64, to 1e-12 relative)', () => {
  it.each(Object.keys(EXACT))('%s', (key) => {
    expectClose(correctFigure(key), EXACT[key]!);
  });
});

const agreeing = Object.keys(PUBLISHED).filter((key) => !WRONG_IN_ARTICLE.includes(key));

describe('published figures the article got right (to the printed digits)', () => {
  it.each(agreeing)('%s', (key) => {
    const printed = PUBLISHED[key]!;
    expect(matchesPrinted(correctFigure(key), printed)).toBe(true);
    expect(matchesPrinted(EXACT[key]!, printed)).toBe(true);
  });

  it.each(agreeing)('%s: formatNumber of the exact value prints the published digits', (key) => {
    const printed = PUBLISHED[key]!;
    if (PRINTED_WITH_9_SIGNIFICANT.includes(key)) {
      expect(formatNumber(EXACT[key]!)).toBe(printed);
    } else {
      // Printed with 9 decimals (or fewer digits): formatNumber at that many significant digits.
      expect(formatNumber(EXACT[key]!)).not.toBe(printed);
      expect(formatNumber(EXACT[key]!, significantDigits(printed))).toBe(printed);
    }
  });
});

describe('published figures the correct method does not give', () => {
  it.each(WRONG_IN_ARTICLE)('%s differs from the correct method', (key) => {
    expect(matchesPrinted(correctFigure(key), PUBLISHED[key]!)).toBe(false);
  });

  it.each(FROM_UPDATED_ORDER)(
    '%s comes from hidden deltas computed with the updated w5…w8',
    (key) => {
      expect(matchesPrinted(updatedFigure(key), PUBLISHED[key]!)).toBe(true);
    },
  );

  it('E_total_after_10000_updates is the correct method after 9,999 updates', () => {
    const printed = PUBLISHED.E_total_after_10000_updates!;
    expect(matchesPrinted(afterTrainingFigure('E_total', correct9999(), 9999), printed)).toBe(true);
    expect(matchesPrinted(updatedFigure('E_total_after_10000_updates'), printed)).toBe(false);
  });

  it("the ordering mistake contradicts the article's own w1_new", () => {
    expect(matchesPrinted(updatedFigure('w1_new'), PUBLISHED.w1_new!)).toBe(false);
  });
});

describe('published_explained: hidden deltas with the updated output weights', () => {
  it.each(Object.keys(UPDATED_EXPLAINED))('%s', (key) => {
    expect(matchesPrinted(updatedFigure(key), UPDATED_EXPLAINED[key]!)).toBe(true);
  });

  it('updates w5…w8 before it reads them, so they match the correct method', () => {
    for (const id of ['w5_new', 'w6_new', 'w7_new', 'w8_new']) {
      expect(updatedTrace()[id]).toBe(correctTrace()[id]);
    }
  });
});

describe('published_explained: the correct method after 9,999 updates', () => {
  it.each(Object.keys(AFTER_9999_EXPLAINED))('%s', (key) => {
    const value = afterTrainingFigure(key, correct9999(), 9999);
    expect(matchesPrinted(value, AFTER_9999_EXPLAINED[key]!)).toBe(true);
  });
});

describe('the half-unit rule itself', () => {
  it('reads the last printed place', () => {
    expect(lastPlace('0.3775')).toBe(1e-4);
    expect(lastPlace('0.0000351085')).toBeCloseTo(1e-10, 20);
    expect(lastPlace('3.5e-5')).toBeCloseTo(1e-6, 20);
    expect(significantDigits('0.000438568')).toBe(6);
  });
  it('accepts a correct rounding and rejects the next figure', () => {
    expect(matchesPrinted(0.7513650695523157, '0.75136507')).toBe(true);
    expect(matchesPrinted(0.7513650695523157, '0.75136508')).toBe(false);
    expect(matchesPrinted(0.29102777369359933, '0.291027924')).toBe(false);
  });
});
