import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import { GRADIENT_CHECK_STEPS, gradientCheck } from './gradient-check';
import { ARTICLE_MODEL, type Model } from './model';
import { nudgeParam } from './network-nudge';
import { computeTrace } from './trace';

const trace = computeTrace(ARTICLE_MODEL);
const SLIP: Model = {
  ...ARTICLE_MODEL,
  settings: { ...ARTICLE_MODEL.settings, hidden_deltas: 'updated' },
};

describe('a nudge of a weight', () => {
  it('measures ΔE with the trace and compares it with ∂E/∂w · ε', () => {
    const result = nudgeParam(ARTICLE_MODEL, trace, 'w5', 0.001);
    const moved = computeTrace({
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 0.401 },
    });
    expect(result.subject).toBe('w5');
    expect(result.output).toBe('E_total');
    expect(result.to).toBe(0.401);
    expect(result.change).toBe(moved.quantities.E_total! - trace.quantities.E_total!);
    expect(result.predicted).toBe(trace.quantities.dE_dw5! * 0.001);
    expect(result.gradient).toBeCloseTo(REFERENCE.exact.dE_dw5!, 15);
    expect(result.diagnosis.cause).toBe('curvature');
    expect(Math.abs(result.change - result.predicted) / result.predicted).toBeLessThan(0.01);
  });

  it('reads lesson 6’s slip as a wrong gradient at every ε, not as one too large', () => {
    const slipTrace = computeTrace(SLIP);
    for (const epsilon of [1e-2, 1e-3, 1e-4, 1e-5, 1e-6]) {
      const result = nudgeParam(SLIP, slipTrace, 'w1', epsilon);
      // ΔE/ε and the slipped ∂E/∂w1 stay about 20 % apart, however small ε gets.
      const apart = Math.abs(result.change / epsilon - result.gradient) / result.gradient;
      expect(apart, `ε = ${epsilon}`).toBeGreaterThan(0.19);
      expect(apart, `ε = ${epsilon}`).toBeLessThan(0.21);
      expect(result.diagnosis.cause, `ε = ${epsilon}`).toBe('wrong-gradient');
    }
  });

  it('reads a ε of 10⁻¹² as rounding: ΔE keeps only a few digits', () => {
    const result = nudgeParam(ARTICLE_MODEL, trace, 'w5', 1e-12);
    expect(result.diagnosis.cause).toBe('rounding');
    // E changes by ~8 × 10⁻¹⁴ out of 0.3: thirteen of sixteen digits cancel.
    expect(Math.abs(result.change)).toBeLessThan(1e-13);
    expect(Math.abs(result.change / 1e-12 - result.gradient)).toBeGreaterThan(1e-6);
  });

  it('nudges a bias too, and refuses what it cannot nudge', () => {
    expect(nudgeParam(ARTICLE_MODEL, trace, 'b1', 0.01).diagnosis.cause).toBe('curvature');
    expect(() => nudgeParam(ARTICLE_MODEL, trace, 'w5', 2e6)).toThrow(/w5/);
    expect(() => nudgeParam(ARTICLE_MODEL, trace, 'lr', 0.1)).toThrow(/lr is not a weight or bias/);
  });
});

describe('the gradient check', () => {
  it('agrees with central differences for every weight and bias, to rounding', () => {
    const checks = gradientCheck(ARTICLE_MODEL);
    expect(checks.map((c) => c.param).sort()).toEqual(
      ['b1', 'b2', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'].sort(),
    );
    for (const check of checks) {
      expect(check.analytic).toBe(trace.quantities[`dE_d${check.param}`]);
      expect(check.difference, check.param).toBeLessThan(1e-8);
      expect(check.agrees).toBe(true);
      expect(check.diagnosis.cause, check.param).toBe('rounding');
    }
  });

  it('at h = 10⁻² reads the larger gaps as the curve’s bend, still agreeing', () => {
    const w5 = gradientCheck(ARTICLE_MODEL, 1e-2).find((c) => c.param === 'w5')!;
    expect(w5.difference).toBeGreaterThan(1e-7);
    expect(w5.diagnosis.cause).toBe('curvature');
    expect(w5.agrees).toBe(true);
  });

  it('catches the ordering mistake in the hidden layer at every step', () => {
    for (const h of GRADIENT_CHECK_STEPS) {
      const checks = gradientCheck(SLIP, h);
      const wrong = checks.filter((c) => !c.agrees).map((c) => c.param);
      expect(wrong, `h = ${h}`).toEqual(['w1', 'w2', 'w3', 'w4', 'b1']);
      for (const c of checks) {
        if (!c.agrees) expect(c.diagnosis.cause).toBe('wrong-gradient');
      }
    }
  });
});
