import { describe, expect, it } from 'vitest';
import { checkExpression, checkLeafGradient } from './expr-check';
import { nudgeExprLeaf } from './expression-nudge';
import { traceFormula } from './expr-trace';
import { diagnoseGap, roundingError } from './gap-diagnosis';

const neuron = () =>
  traceFormula('sigmoid(w0*x0 + w1*x1 + w2)', { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 });

describe('the gradient check of a formula', () => {
  it('agrees at the default ε, and the numbers are the central differences', () => {
    const trace = neuron();
    for (const check of checkExpression(trace)) expect(check.diagnosis?.verdict).toBe('agree');
    // f as a function of x0 alone, written out: σ(2·x0 + (−3)(−2) − 3)
    const f = (x0: number) => 1 / (1 + Math.exp(-(2 * x0 + 6 - 3)));
    const check = checkLeafGradient(trace, 'x0');
    expect(check.step).toBe(1e-6); // ε · max(1, |x0|)
    expect(check.numeric).toBe((f(-1 + 1e-6) - f(-1 - 1e-6)) / 2e-6);
    expect(check.gap).toBe(Math.abs(check.numeric! - check.analytic));
  });

  it('says curvature at a coarse ε: the gap shrinks a hundredfold when ε shrinks tenfold', () => {
    const trace = neuron();
    const check = checkLeafGradient(trace, 'x1', 0.1);
    expect(check.diagnosis?.verdict).toBe('curvature');
    const [here, smaller] = check.diagnosis!.samples;
    expect(here!.gap / smaller!.gap).toBeGreaterThan(50);
    expect(here!.gap / smaller!.gap).toBeLessThan(200);
    expect(check.diagnosis?.message).toMatch(/shrinks as ε²/);
  });

  it('says rounding at a tiny ε: the gap grows as ε shrinks, at the size rounding predicts', () => {
    const trace = traceFormula('exp(x)*1000', { x: 3 });
    const check = checkLeafGradient(trace, 'x', 1e-12);
    expect(check.diagnosis?.verdict).toBe('rounding');
    const f = trace.values.f!;
    // Rounding alone explains this much; the gap is of that order.
    const rounding = roundingError('central', f, check.step);
    expect(check.gap!).toBeLessThan(10 * rounding);
    expect(check.gap!).toBeGreaterThan(rounding / 100);
  });

  it('says kink at relu(0), where the slopes left and right differ', () => {
    const check = checkLeafGradient(traceFormula('relu(x)*y', { x: 0, y: 2 }), 'x');
    expect(check.analytic).toBe(0);
    expect(check.numeric).toBeCloseTo(1, 9); // (2·h − 0)/2h
    expect(check.diagnosis?.verdict).toBe('kink');
  });

  it('says the derivative is wrong when the gap stays put as ε shrinks', () => {
    // The slip of lesson 6: a backward pass that forgets a factor. Here d/dx sin(2x) taken as cos(2x).
    const x = 0.7;
    const wrong = Math.cos(2 * x);
    const central = (h: number) => (Math.sin(2 * (x + h)) - Math.sin(2 * (x - h))) / (2 * h);
    for (const step of [1e-2, 1e-4, 1e-6]) {
      const diagnosis = diagnoseGap({
        kind: 'central',
        analytic: wrong,
        step,
        scale: Math.abs(Math.sin(2 * x)),
        gap: (h) => Math.abs(central(h) - wrong),
      });
      expect(diagnosis.verdict).toBe('wrong');
      expect(diagnosis.message).toMatch(/backward pass/);
    }
  });

  it('says where x ± h leaves the domain instead of a number', () => {
    const check = checkLeafGradient(traceFormula('log(x)', { x: 1e-7 }), 'x', 1e-6);
    expect(check.numeric).toBeNull();
    expect(check.refused).toMatch(
      /^x ± 0\.0000010 leaves the formula's domain: log needs a positive argument/,
    );
  });
});

describe('the nudge demo', () => {
  it('predicts Δf ≈ ∂f/∂x · ε, and names curvature as the one-sided gap (∝ ε)', () => {
    const trace = traceFormula('x*x', { x: 3 });
    const nudge = nudgeExprLeaf(trace, 'x', 0.01);
    expect([nudge.before, nudge.to, nudge.gradient]).toEqual([9, 3.01, 6]);
    expect(nudge.after).toBe(3.01 * 3.01);
    expect(nudge.predicted).toBe(0.06);
    // (x + ε)² − x² − 2xε = ε²: the gap over ε is ε, so it shrinks tenfold with ε.
    expect(nudge.change - nudge.predicted).toBeCloseTo(0.0001, 12);
    expect(nudge.diagnosis?.verdict).toBe('curvature');
    expect(nudge.diagnosis?.message).toMatch(/shrinks as ε when ε shrinks/);
    const linear = nudgeExprLeaf(traceFormula('3*x + 1', { x: 3 }), 'x', 0.01);
    expect(linear.diagnosis?.verdict).toBe('agree');
  });
});
