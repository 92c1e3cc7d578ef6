import { describe, expect, it } from 'vitest';
import { checkExpression, checkLeafGradient } from './expr-check';
import { nudgeLeaf } from './expression-nudge';
import { traceFormula } from './expr-trace';
import { diagnoseGap } from './slope-gap';

const neuron = () =>
  traceFormula('sigmoid(w0*x0 + w1*x1 + w2)', { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 });

describe('the gradient check of a formula', () => {
  it('agrees at the default ε, and the numbers are the central differences', () => {
    const trace = neuron();
    for (const check of checkExpression(trace)) {
      expect(check.diagnosis?.cause).not.toBe('wrong-gradient');
      expect(check.kink).toBe(false);
    }
    // f as a function of x0 alone, written out: σ(2·x0 + (−3)(−2) − 3)
    const f = (x0: number) => 1 / (1 + Math.exp(-(2 * x0 + 6 - 3)));
    const check = checkLeafGradient(trace, 'x0');
    expect(check.step).toBe(1e-6); // ε · max(1, |x0|)
    const h = 1e-6;
    expect(check.numeric).toBe((f(-1 + h) - f(-1 - h)) / (-1 + h - (-1 - h)));
    expect(check.difference).toBe(Math.abs(check.numeric! - check.analytic));
    // σ'(z) = σ(z)(1 − σ(z)) at z = 1, times w0 = 2: written out, not the engine's.
    const s = 1 / (1 + Math.exp(-1));
    expect(check.analytic).toBeCloseTo(2 * s * (1 - s), 15);
    expect(check.refused).toBeNull();
  });

  it('steps relative to the leaf: ε · max(1, |x|), so a leaf of 10⁵ moves by 0.1 at ε = 10⁻⁶', () => {
    expect(checkLeafGradient(traceFormula('x*2', { x: 1e5 }), 'x').step).toBeCloseTo(0.1, 15);
    expect(checkLeafGradient(traceFormula('x*2', { x: -0.5 }), 'x').step).toBe(1e-6);
  });

  it('says the bend at a coarse ε: the central gap shrinks a hundredfold when ε shrinks tenfold', () => {
    const coarse = checkLeafGradient(neuron(), 'x1', 0.1);
    const finer = checkLeafGradient(neuron(), 'x1', 0.01);
    expect(coarse.diagnosis?.cause).toBe('curvature');
    expect(finer.diagnosis?.cause).toBe('curvature');
    expect(coarse.difference! / finer.difference!).toBeGreaterThan(50);
    expect(coarse.difference! / finer.difference!).toBeLessThan(200);
  });

  it('says rounding at a tiny ε', () => {
    const check = checkLeafGradient(traceFormula('exp(x)*1000', { x: 3 }), 'x', 1e-12);
    expect(check.diagnosis?.cause).toBe('rounding');
    // Rounding makes the slopes left and right differ at random: that is no kink.
    expect(check.kink).toBe(false);
    // d/dx 1000·eˣ = 1000·eˣ: the ladder's limit is that, to the uncertainty it states.
    const exact = 1000 * Math.exp(3);
    expect(Math.abs(check.diagnosis!.derivative - exact)).toBeLessThanOrEqual(
      check.diagnosis!.uncertainty,
    );
  });

  it('says kink at relu(0), where the slopes left and right differ', () => {
    const check = checkLeafGradient(traceFormula('relu(x)*y', { x: 0, y: 2 }), 'x');
    expect(check.analytic).toBe(0);
    expect(check.numeric).toBeCloseTo(1, 9); // (2·h − 0)/2h
    expect(check.kink).toBe(true);
    // |x| away from 0 has no kink.
    expect(checkLeafGradient(traceFormula('abs(x)', { x: 0.5 }), 'x').kink).toBe(false);
  });

  it('calls a kink only where the slopes differ by over a millionth of the gradient (or of 1)', () => {
    const kink = (formula: string, leaves: Record<string, number>) =>
      checkLeafGradient(traceFormula(formula, leaves), 'x').kink;
    // relu(x)·y at 0: the slopes are 0 and y.
    expect(kink('relu(x)*y', { x: 0, y: 1e-5 })).toBe(true);
    expect(kink('relu(x)*y', { x: 0, y: 1e-7 })).toBe(false);
    // 1000x + c·relu(x) at 0: slopes 1000 and 1000 + c, against a gradient of 1000.
    expect(kink('1000*x + 1e-2*relu(x)', { x: 0 })).toBe(true);
    expect(kink('1000*x + 1e-4*relu(x)', { x: 0 })).toBe(false);
  });

  it('the same diagnosis finds a wrong derivative: the gap stays put as ε shrinks', () => {
    // The slip of lesson 6 in miniature: d/dx sin(2x) taken as cos(2x), a factor 2 forgotten.
    const x = 0.7;
    const f = (v: number) => Math.sin(2 * v);
    for (const step of [1e-2, 1e-4]) {
      expect(diagnoseGap(f, x, Math.cos(2 * x), step, 'central').cause).toBe('wrong-gradient');
      expect(diagnoseGap(f, x, 2 * Math.cos(2 * x), step, 'central').cause).not.toBe(
        'wrong-gradient',
      );
    }
  });

  it('says where x ± h leaves the domain instead of a number', () => {
    const check = checkLeafGradient(traceFormula('log(x)', { x: 1e-7 }), 'x', 1e-6);
    expect(check.numeric).toBeNull();
    expect([check.difference, check.diagnosis, check.kink]).toEqual([null, null, false]);
    expect(check.refused).toMatch(
      /^x ± 0\.0000010 leaves the formula's domain: log needs a positive argument/,
    );
  });

  it('keeps the difference but no diagnosis where only x ± 100h leaves the domain', () => {
    const check = checkLeafGradient(traceFormula('sqrt(x)', { x: 0.5 }), 'x', 0.01);
    expect(check.numeric).toBe((Math.sqrt(0.51) - Math.sqrt(0.49)) / (0.51 - 0.49));
    expect(check.diagnosis).toBeNull();
    expect(check.refused).toMatch(/^x ± 1\.0 leaves the formula's domain/);
  });

  it('survives a formula undefined between x and x + h/10: no diagnosis, and no kink to tell', () => {
    // 1/(x − c) with c = x + 10⁻⁷ exactly: x ± h is fine, x + h/10 divides by zero.
    const check = checkLeafGradient(traceFormula('1/(x - 0.5000001)', { x: 0.5 }), 'x');
    expect(check.numeric).not.toBeNull();
    expect([check.diagnosis, check.kink]).toEqual([null, false]);
  });
});

describe('the nudge demo', () => {
  it('predicts Δf ≈ ∂f/∂x · ε, and names the bend as the one-sided gap (∝ ε)', () => {
    const trace = traceFormula('x*x', { x: 3 });
    const nudge = nudgeLeaf(trace, 'x', 0.01);
    expect([nudge.before, nudge.to, nudge.gradient]).toEqual([9, 3.01, 6]);
    expect(nudge.after).toBe(3.01 * 3.01);
    expect(nudge.predicted).toBe(0.06);
    // (x + ε)² − x² − 2xε = ε²: the gap over ε is ε, so it shrinks tenfold with ε.
    expect(nudge.change - nudge.predicted).toBeCloseTo(0.0001, 12);
    expect(nudge.diagnosis?.cause).toBe('curvature');
    expect(nudge.diagnosis?.derivative).toBeCloseTo(6, 9);
  });
});
