import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import { errorAlongParam } from './gradient-check';
import { ARTICLE_MODEL, type Model } from './model';
import { diagnoseGap, LADDER_START } from './slope-gap';

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
});
