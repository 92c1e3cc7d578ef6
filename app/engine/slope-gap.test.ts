import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import { errorAlongParam } from './gradient-check';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, type Model } from './model';
import { diagnoseGap, LADDER_START } from './slope-gap';
import { train } from './train';

/** Lesson 6's slip: the hidden deltas use the already-updated w5 … w8. */
const SLIP: Model = {
  ...ARTICLE_MODEL,
  settings: { ...ARTICLE_MODEL.settings, hidden_deltas: 'updated' },
};
const exact = REFERENCE.exact;

function along(model: Model, param: string) {
  const line = errorAlongParam(model, param);
  if (!line) throw new Error(`no ${param}`);
  return line;
}
const diagnose = (model: Model, param: string, h: number, kind: 'one-sided' | 'central') => {
  const { errorAt, value, gradient } = along(model, param);
  return diagnoseGap(errorAt, value, gradient, h, kind);
};

describe('why a measured slope and the gradient differ', () => {
  it('curvature: a one-sided gap that shrinks tenfold with ε, and the right derivative', () => {
    const gaps = [1e-2, 1e-3, 1e-4].map((h) => {
      const d = diagnose(ARTICLE_MODEL, 'w5', h, 'one-sided');
      expect(d.cause, `h = ${h}`).toBe('curvature');
      // Extrapolated to h → 0 the slope is the article's gradient, computed independently.
      expect(Math.abs(d.derivative - exact.dE_dw5!)).toBeLessThan(1e-9);
      return d.at.gap;
    });
    // E_total bends upward along w5 here (E'' > 0) and a forward difference overshoots: the gap is
    // ½ E'' h, below the gradient, and ten times smaller for each tenfold smaller step.
    for (const gap of gaps) expect(gap).toBeLessThan(0);
    expect(gaps[0]! / gaps[1]!).toBeCloseTo(10, 0);
    expect(gaps[1]! / gaps[2]!).toBeCloseTo(10, 0);
  });

  it('curvature: a central gap that shrinks a hundredfold, with h²', () => {
    const large = diagnose(ARTICLE_MODEL, 'w5', 1e-1, 'central');
    const small = diagnose(ARTICLE_MODEL, 'w5', 1e-2, 'central');
    expect(large.cause).toBe('curvature');
    expect(small.cause).toBe('curvature');
    expect(large.at.gap / small.at.gap).toBeCloseTo(100, -1);
    expect(Math.abs(small.at.gap)).toBeGreaterThan(1e-8);
  });

  it('a step as large as 20 still reads as curvature: the ladder goes down to 0.002', () => {
    const d = diagnose(ARTICLE_MODEL, 'w5', 20, 'one-sided');
    expect(d.cause).toBe('curvature');
    expect(Math.abs(d.at.gap)).toBeGreaterThan(0.5 * Math.abs(d.gradient));
  });

  it('a wrong backward pass: the gap stays put at every ε, and the ladder finds the true slope', () => {
    const { gradient } = along(SLIP, 'w1');
    // The slip's ∂E/∂w1 is the article's w1⁺ worked backwards: (w1 − w1⁺) / η.
    const slipped = REFERENCE.publishedExplained.hiddenDeltasWithUpdatedOutputWeights;
    expect(gradient).toBeCloseTo((REFERENCE.params.w1! - slipped.w1_new!) / 0.5, 8);
    for (const h of [1e-1, 1e-3, 1e-5, 1e-7, 1e-9]) {
      for (const kind of ['one-sided', 'central'] as const) {
        const d = diagnose(SLIP, 'w1', h, kind);
        expect(d.cause, `${kind} h = ${h}`).toBe('wrong-gradient');
        // The gap is the slip itself, 7.4 × 10⁻⁵, whatever the step.
        expect(d.at.gap).toBeCloseTo(exact.dE_dw1! - gradient, 6);
        // Extrapolated to h → 0, the slope is the article's ∂E/∂w1, computed independently, to
        // within the uncertainty the ladder states: 10⁻⁹ where rounding leaves the steps alone.
        const off = Math.abs(d.derivative - exact.dE_dw1!);
        expect(off).toBeLessThanOrEqual(d.uncertainty);
        if (h >= 1e-5) expect(d.uncertainty).toBeLessThan(1e-9);
      }
    }
  });

  it('a wrong backward pass does not touch the output weights, which read as right', () => {
    expect(diagnose(SLIP, 'w5', 1e-3, 'one-sided').cause).toBe('curvature');
    expect(diagnose(SLIP, 'w8', 1e-6, 'central').cause).toBe('rounding');
  });

  it('rounding: at ε = 10⁻¹² the gap is far larger than curvature makes it, and grows as ε shrinks', () => {
    const d = diagnose(ARTICLE_MODEL, 'w5', 1e-12, 'one-sided');
    expect(d.cause).toBe('rounding');
    // Curvature's share at 10⁻¹² is ½ E'' ε; measure E'' at a safe step.
    const curvature = Math.abs(diagnose(ARTICLE_MODEL, 'w5', 1e-3, 'one-sided').at.gap) * 1e-9;
    expect(Math.abs(d.at.gap)).toBeGreaterThan(1e6 * curvature);
    expect(Math.abs(d.at.gap)).toBeLessThanOrEqual(4 * d.at.noise);
    expect(d.clearStep).toBeNull();
    // At 10⁻⁷ rounding still dominates, and so it does at 10⁻⁶; at 10⁻⁵ the bend stands clear of it.
    const larger = diagnose(ARTICLE_MODEL, 'w5', 1e-7, 'one-sided');
    expect(larger.cause).toBe('rounding');
    expect(larger.clearStep).toBeCloseTo(1e-5, 15);
    expect(diagnose(ARTICLE_MODEL, 'w5', 1e-5, 'one-sided').cause).toBe('curvature');
  });

  it('rounding at the usual check step h = 10⁻⁶: the gradients agree to it', () => {
    for (const param of ['w1', 'w5', 'w8']) {
      const d = diagnose(ARTICLE_MODEL, param, 1e-6, 'central');
      expect(d.cause, param).toBe('rounding');
      expect(Math.abs(d.at.gap), param).toBeLessThan(1e-10);
    }
    // Along w5 the bend shows from h = 10⁻³ (at 10⁻⁵, 100h stands clear of rounding); along w1
    // (an input of 0.05) E is so nearly straight that at 100 · 10⁻⁶ the gap is still rounding.
    expect(diagnose(ARTICLE_MODEL, 'w5', 1e-5, 'central').clearStep).toBeCloseTo(1e-3, 15);
    expect(diagnose(ARTICLE_MODEL, 'w1', 1e-6, 'central').clearStep).toBeNull();
  });

  it('a step that leaves the gradient untouched (E independent of p) reads as rounding, not a fault', () => {
    // With i2 = 0, w2 multiplies nothing: E is flat along it and its gradient is 0.
    const flat: Model = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, i2: 0 } };
    const d = diagnose(flat, 'w2', 1e-3, 'one-sided');
    expect(d.gradient).toBe(0);
    expect(d.cause).toBe('rounding');
    expect(d.clearStep).toBeNull();
  });

  it('keeps the probe at the step asked for at LADDER_START', () => {
    const d = diagnose(ARTICLE_MODEL, 'w5', 1e-3, 'one-sided');
    expect(d.probes[LADDER_START]).toBe(d.at);
    expect(d.at.step).toBeCloseTo(1e-3, 15);
    expect(d.probes[LADDER_START + 1]!.step).toBeCloseTo(1e-4, 15);
  });

  it('offers the nearer larger step that stands clear of rounding: 10h before 100h', () => {
    // Along w5 the bend stands clear from a central step of 10⁻³ (see above); asked at 10⁻⁴,
    // rounding dominates, and ten times the step is already enough.
    const d = diagnose(ARTICLE_MODEL, 'w5', 1e-4, 'central');
    expect(d.cause).toBe('rounding');
    expect(d.clearStep).toBeCloseTo(1e-3, 15);
  });
});

describe('the diagnosis on functions whose answer is known', () => {
  const STEPS = Array.from({ length: 14 }, (_, k) => 10 ** (1 - k)); // 10, 1, 0.1 … 10⁻¹²
  const PARAMS = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'b1', 'b2'];
  const withSettings = (settings: Partial<Model['settings']>): Model => ({
    ...ARTICLE_MODEL,
    settings: { ...DEFAULT_SETTINGS, ...settings },
  });

  it('never calls a right gradient wrong, and its derivative lies within its stated uncertainty', () => {
    // Smooth networks whose backward pass is right (gradients.property.test.ts): the article's,
    // the same after 10,000 updates (E ≈ 3.5 × 10⁻⁵, where rounding weighs more), tanh units,
    // cross-entropy. For the article the true derivatives are the reference's.
    const trained: Model = { ...ARTICLE_MODEL, params: train(ARTICLE_MODEL, 10_000).params };
    const models: [string, Model][] = [
      ['article', ARTICLE_MODEL],
      ['trained', trained],
      ['tanh', withSettings({ act_h: 'tanh', act_o: 'tanh' })],
      ['cross-entropy', withSettings({ loss: 'ce' })],
    ];
    for (const [name, model] of models) {
      for (const param of PARAMS) {
        const { errorAt, value, gradient } = along(model, param);
        const truth =
          name === 'article'
            ? (exact[`dE_d${param}`] ?? exact[`dE_d${param}_not_applied`]!)
            : gradient;
        for (const h of STEPS) {
          for (const kind of ['one-sided', 'central'] as const) {
            const d = diagnoseGap(errorAt, value, gradient, h, kind);
            const where = `${name} ${param} ${kind} h = ${h}`;
            expect(d.cause, where).not.toBe('wrong-gradient');
            expect(Math.abs(d.derivative - truth), where).toBeLessThanOrEqual(d.uncertainty);
          }
        }
      }
    }
  });

  it('reads central differences on an exact parabola as rounding, whatever the step', () => {
    // Linear outputs make E a parabola along an output weight, and a central difference of a
    // parabola has no bend in it. With inputs 0 both hidden units are σ(0.35), and w5 = 2 · 10⁵
    // and w6 = −2 · 10⁵ cancel: net_o1 = 0.6, E ≈ 0.2, while the products 2 · 10⁵ · σ(0.35)
    // round at ~10⁻¹¹, far more than E's own digits show. Whatever gap there is, is rounding.
    const cancelling: Model = {
      ...withSettings({ act_o: 'linear' }),
      params: { ...ARTICLE_MODEL.params, i1: 0, i2: 0, w5: 2e5, w6: -2e5 },
    };
    for (const param of ['w5', 'w6']) {
      for (const h of STEPS) {
        expect(diagnose(cancelling, param, h, 'central').cause, `${param} h = ${h}`).toBe(
          'rounding',
        );
      }
    }
    // One-sided, the same parabola bends: the gap is ½ E'' h with E'' = out_h1² along w5.
    const h1 = 1 / (1 + Math.exp(-0.35));
    const oneSided = diagnose(cancelling, 'w5', 0.1, 'one-sided');
    expect(oneSided.cause).toBe('curvature');
    expect(oneSided.at.gap).toBeCloseTo(0.5 * h1 * h1 * 0.1, 6);
  });

  it('reads an exact straight line as agreement: no gap, nothing to tell', () => {
    // f(x) = 3x at 0: each slope is 3h/h, 3 but for the rounding of 3h, and f(0) = 0 leaves
    // nothing else to round.
    for (const h of [10, 0.1, 1e-3, 1e-8]) {
      for (const kind of ['one-sided', 'central'] as const) {
        const d = diagnoseGap((x) => 3 * x, 0, 3, h, kind);
        expect(Math.abs(d.at.gap), `${kind} h = ${h}`).toBeLessThanOrEqual(2 ** -51);
        expect(d.cause, `${kind} h = ${h}`).toBe('rounding');
      }
    }
  });

  it('does not mistake rounding that grows at the fine end of the ladder for a wrong gradient', () => {
    // f(x) = x² − 10¹² near x = 10⁶: x² rounds to its grid of 2⁻¹³ ≈ 1.2 × 10⁻⁴, so a slope over h
    // is off by up to 2⁻¹³/h, which from h ≈ 10⁻² on outgrows the bend. A one-sided step h
    // overshoots 2x by exactly h: the gradient is right, the gap is curvature.
    const x = 1e6 + 0.5;
    for (const h of [1, 0.1, 0.01, 1e-3]) {
      const d = diagnoseGap((t) => t * t - 1e12, x, 2 * x, h, 'one-sided');
      expect(d.cause, `h = ${h}`).toBe('curvature');
      expect(Math.abs(d.at.gap - h), `h = ${h}`).toBeLessThanOrEqual(2 ** -13 / h);
    }
  });
});
