/**
 * The engine against every figure of the reference (Mazur's 2-2-2 worked example,
 * app/reference/): float64 `exact` values to 1e-12, the article's `published`
 * figures to the digits it printed, and the after-training figures that the
 * article got wrong, each traced to the mistake that produces it
 * (`publishedExplained`).
 */
import { describe, expect, it } from 'vitest';
import { printed, REFERENCE } from '../reference/reference';
import { formatNumber } from './format';
import { ARTICLE_MODEL, ARTICLE_PARAMS, type Model } from './model';
import { computeTrace } from './trace';
import { train, type TrainResult } from './train';

const EXACT = REFERENCE.exact;

/** As printed: strings, because the printed digits are the claim (0.75136507 is 9 digits, 0 dropped). */
const asPrintedTable = (table: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.keys(table).map((key) => [key, printed(key, table)]));
const PUBLISHED: Readonly<Record<string, string>> = asPrintedTable(REFERENCE.published);

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

const UPDATED_EXPLAINED = asPrintedTable(
  REFERENCE.publishedExplained.hiddenDeltasWithUpdatedOutputWeights,
);
const AFTER_9999_EXPLAINED = asPrintedTable(
  REFERENCE.publishedExplained.correctMethodAfter9999Updates,
);

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

// Computed afresh by each test that asks (a trace takes a fraction of a millisecond, a run of
// 10,000 steps a few): shared results would hide from mutation testing (stryker.config.mjs)
// which tests depend on which engine code.
const correctTrace = () => computeTrace(ARTICLE_MODEL).quantities;
const updatedTrace = () => computeTrace(UPDATED_MODEL).quantities;
const correct10000 = () => train(ARTICLE_MODEL, 10000);
const correct9999 = () => train(ARTICLE_MODEL, 9999);
const updated10000 = () => train(UPDATED_MODEL, 10000);

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
  it("holds the article's parameters, which are the engine's defaults", () => {
    const { learning_rate, ...params } = REFERENCE.params;
    expect({ ...params, lr: learning_rate }).toEqual(ARTICLE_PARAMS);
  });

  it('covers every published figure with an exact one, or an explanation', () => {
    expect(Object.keys(EXACT).length).toBeGreaterThanOrEqual(38);
    for (const key of Object.keys(PUBLISHED)) expect(EXACT[key], key).toBeTypeOf('number');
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
