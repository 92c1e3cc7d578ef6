/**
 * Every TeX string the trace produces renders in KaTeX with errors thrown, under
 * every setting and both notations, including numbers that print as × 10^{n}.
 * (The engine only builds strings; KaTeX appears here, in a test, to check them.)
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS } from './activations';
import { LOSS_IDS } from './losses';
import {
  ARTICLE_MODEL,
  BIAS_MODES,
  defaultParams,
  HIDDEN_DELTA_MODES,
  type Model,
  type Settings,
} from './model';
import { NOTATION_IDS, NOTATIONS, type NotationId } from './notation';
import { computeTrace, type Trace } from './trace';

/** Strings already rendered: the same symbol recurs in hundreds of traces; render it once. */
const rendered = new Set<string>();

/** Throws KaTeX's own error, with the entry that produced the string. */
function expectRenders(trace: Trace) {
  for (const entry of trace.entries) {
    for (const tex of [entry.symbol, entry.formula, entry.substituted]) {
      expect(tex, entry.id).not.toMatch(/NaN|Infinity|undefined|@\[/);
      if (rendered.has(tex)) continue;
      try {
        katex.renderToString(tex, { throwOnError: true, strict: 'ignore' });
      } catch (error) {
        throw new Error(`${entry.id}: ${tex}\n${String(error)}`, { cause: error });
      }
      rendered.add(tex);
    }
  }
}

const combos = ACTIVATION_IDS.flatMap((act_h) =>
  ACTIVATION_IDS.flatMap((act_o) =>
    LOSS_IDS.filter((loss) => loss !== 'ce' || act_o === 'sigmoid').map((loss) => ({
      act_h,
      act_o,
      loss,
    })),
  ),
);

const variants = (base: Pick<Settings, 'act_h' | 'act_o' | 'loss'>): Settings[] =>
  BIAS_MODES.flatMap((biases) =>
    HIDDEN_DELTA_MODES.map((hidden_deltas) => ({
      ...base,
      biases,
      hidden_deltas,
      bias_per: 'layer' as const,
    })),
  );

const modelWith = (settings: Settings, params: Partial<Record<string, number>> = {}): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params } as Model['params'],
  settings,
});

describe.each(NOTATION_IDS)('%s notation', (notationId: NotationId) => {
  const notation = NOTATIONS[notationId];

  it.each(combos)('renders every string with act_h=$act_h act_o=$act_o loss=$loss', (combo) => {
    for (const settings of variants(combo))
      expectRenders(computeTrace(modelWith(settings), notation));
  });

  it('renders deeper networks (h1,1 … h3,3 subscripts)', () => {
    // Strings differ between layer sizes only in their indices, so small networks suffice.
    for (const sizes of [
      [1, 1, 1],
      [3, 4, 4, 2],
      [2, 3, 3, 3, 2],
    ]) {
      for (const settings of variants({ act_h: 'relu', act_o: 'sigmoid', loss: 'ce' })) {
        const model: Model = { sizes, params: defaultParams(sizes), settings };
        expectRenders(computeTrace(model, notation));
      }
    }
  });

  it.each([
    [
      'saturating weights',
      { w5: 1e3, w6: 1e3, w7: 1e3, w8: 1e3, w1: -1e3, w2: -1e3, w3: -1e3, w4: -1e3 },
    ],
    ['the largest weights', { w1: 1e6, w2: -1e6, w5: 1e6, w8: -1e6, i1: 1e6, b2: -1e6 }],
    ['tiny inputs and weights', { i1: 1e-12, i2: -3e-15, w5: 1e-9, w6: -2e-11, b1: 1e-13, b2: 0 }],
    ['zeros', { i1: 0, i2: 0, w1: 0, w5: 0, b1: 0, b2: 0, lr: 0 }],
  ])('renders %s', (_, params) => {
    for (const combo of combos) {
      const settings: Settings = {
        ...combo,
        biases: 'learned',
        hidden_deltas: 'original',
        bias_per: 'layer',
      };
      expectRenders(computeTrace(modelWith(settings, params), notation));
    }
  });
});

describe('numbers in formulas', () => {
  const sigmoid: Settings = { ...ARTICLE_MODEL.settings };

  it('writes tiny values as × 10^{-n}, in parentheses', () => {
    const trace = computeTrace(modelWith(sigmoid, { i1: 1e-12, i2: 2e-13 }));
    const net = trace.entries.find((e) => e.id === 'net_h1')!;
    expect(net.substituted).toContain('\\left(1 \\times 10^{-12}\\right)');
    expect(net.substituted).toContain('\\left(2 \\times 10^{-13}\\right)');
    expectRenders(trace);
  });

  it('writes large values as × 10^{n}', () => {
    const trace = computeTrace(
      modelWith({ ...sigmoid, act_h: 'linear', act_o: 'linear' }, { w5: 1e6, i1: 1e6 }),
    );
    const all = trace.entries.map((e) => e.substituted).join(' ');
    expect(all).toMatch(/\\times 10\^\{\d+\}/);
    expectRenders(trace);
  });

  it('parenthesises negatives after an operator', () => {
    const trace = computeTrace(modelWith(sigmoid, { w7: -0.5 }));
    expect(trace.entries.find((e) => e.id === 'net_o2')!.substituted).toMatch(
      /^\\left\(-0\.5\\right\)/,
    );
  });
});
