import { describe, expect, it } from 'vitest';
import { forwardMode } from './expr-forward-mode';
import { playgroundGraph } from './expr-query';
import { PRESETS, presetById } from './expr-presets';
import { traceFormula } from './expr-trace';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Each preset's value and gradients in closed form, worked by hand from its
 * formula: not from the engine's graph.
 */
const CLOSED_FORMS: Record<
  string,
  (v: Record<string, number>) => { f: number; gradients: Record<string, number> }
> = {
  sum: ({ a, b }) => ({ f: a! + b!, gradients: { a: 1, b: 1 } }),
  product: ({ a, b }) => ({ f: a! * b!, gradients: { a: b!, b: a! } }),
  chain: ({ x, y, z }) => ({
    f: (x! + y!) * z!,
    gradients: { x: z!, y: z!, z: x! + y! },
  }),
  neuron: ({ w0, x0, w1, x1, w2 }) => {
    const s = sigma(w0! * x0! + w1! * x1! + w2!);
    const slope = s * (1 - s);
    return {
      f: s,
      gradients: { w0: slope * x0!, x0: slope * w0!, w1: slope * x1!, x1: slope * w1!, w2: slope },
    };
  },
  // L = −(y ln σ(z) + (1 − y) ln(1 − σ(z))): ∂L/∂z = σ(z) − y, and ∂L/∂y = ln((1 − σ)/σ) = −z.
  'cross-entropy': ({ y, z }) => ({
    f: -(y! * Math.log(sigma(z!)) + (1 - y!) * Math.log(1 - sigma(z!))),
    gradients: { y: -z!, z: sigma(z!) - y! },
  }),
  reuse: ({ a, b }) => ({ f: a! * b! + a!, gradients: { a: b! + 1, b: a! } }),
};

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(expected)));

describe('presets', () => {
  it('has a closed form for every preset, and every preset can be linked', () => {
    expect(PRESETS.map((p) => p.id).sort()).toEqual(Object.keys(CLOSED_FORMS).sort());
    for (const preset of PRESETS) {
      expect(playgroundGraph(preset.formula).leaves).toEqual(Object.keys(preset.leaves));
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s: value and gradients agree with the closed form, in both modes',
    (id, preset) => {
      const trace = traceFormula(preset.formula, preset.leaves);
      const expected = CLOSED_FORMS[id]!(preset.leaves);
      close(trace.values.f!, expected.f);
      close(trace.quantities.f!, expected.f);
      const forward = forwardMode(trace);
      for (const [leaf, gradient] of Object.entries(expected.gradients)) {
        close(trace.gradients[leaf]!, gradient);
        close(trace.quantities[`df_d${leaf}`]!, gradient);
        close(forward.gradients[leaf]!, gradient);
      }
    },
  );

  it('gives the figures the lecture notes print for the sigmoid neuron (two digits)', () => {
    // CS231n, "Backpropagation, Intuitions": f = 0.73; w = [−0.20, −0.39, 0.20], x = [0.39, −0.59].
    const { leaves, formula } = presetById('neuron')!;
    const trace = traceFormula(formula, leaves);
    const printed = { f: 0.73, w0: -0.2, w1: -0.39, w2: 0.2, x0: 0.39, x1: -0.59 };
    expect(trace.values.f!.toFixed(2)).toBe(printed.f.toFixed(2));
    for (const leaf of ['w0', 'w1', 'w2', 'x0', 'x1'] as const) {
      expect(trace.gradients[leaf]!.toFixed(2)).toBe(printed[leaf].toFixed(2));
    }
  });

  it('shows the += rule where a variable is used twice', () => {
    const reuse = traceFormula('a*b + a', { a: 3, b: -2 });
    const total = reuse.entries.find((e) => e.id === 'df_da')!;
    expect(total.factors).toEqual(['df_da_via_v1', 'df_da_via_f']);
    expect(reuse.quantities.df_da_via_v1).toBe(-2); // through a·b: the other input, b
    expect(reuse.quantities.df_da_via_f).toBe(1); // through + a directly
    const xent = traceFormula(presetById('cross-entropy')!.formula, { y: 1, z: 0.5 });
    const dz = xent.entries.find((e) => e.id === 'df_dz')!;
    expect(dz.factors).toHaveLength(2);
    expect(dz.formula).toBe(
      '\\left.\\frac{\\partial f}{\\partial z}\\right|_{v_{1}}+\\left.\\frac{\\partial f}{\\partial z}\\right|_{v_{5}}',
    );
  });

  it('takes the numbers of the lessons that quote them', () => {
    const value = (id: string) => {
      const { formula, leaves } = presetById(id)!;
      return traceFormula(formula, leaves).values.f;
    };
    // Lesson 1: with a = 3 and b = −2, c = a + b = 1 and c = a·b = −6; lesson 10 links
    // a·b + a at the same a and b, −3.
    expect(value('sum')).toBe(1);
    expect(value('product')).toBe(-6);
    expect(value('reuse')).toBe(-3);
    // CS231n's (x + y)·z at x = −2, y = 5, z = −4: f = −12, ∂f/∂x = ∂f/∂y = −4, ∂f/∂z = 3.
    const chain = presetById('chain')!;
    const trace = traceFormula(chain.formula, chain.leaves);
    expect([trace.values.f, trace.gradients]).toEqual([-12, { x: -4, y: -4, z: 3 }]);
  });

  it('gives each preset a title for the menu and one sentence to look for', () => {
    for (const preset of PRESETS) {
      expect(preset.title.length, preset.id).toBeGreaterThan(10);
      expect(preset.note, preset.id).toMatch(/^\S.{20,}\.$/);
    }
    expect(new Set(PRESETS.map((p) => p.title)).size).toBe(PRESETS.length);
  });
});
