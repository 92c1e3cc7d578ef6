import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../engine/gradient-check';
import { ARTICLE_MODEL, type Model } from '../engine/model';
import { nudgeParam } from '../engine/network-nudge';
import { computeTrace } from '../engine/trace';
import { REFERENCE } from '../reference/reference';
import { formatNumber } from '../engine/format';
import { checkRowWords, checkSummary, nudgeWords } from './gap-words';

const SLIP: Model = {
  ...ARTICLE_MODEL,
  settings: { ...ARTICLE_MODEL.settings, hidden_deltas: 'updated' },
};
const words = (model: Model, param: string, epsilon: number) =>
  nudgeWords(nudgeParam(model, computeTrace(model), param, epsilon), 9);

describe('the nudge says why its two numbers differ', () => {
  it('curvature: the gap shrinks with ε, and the derivative is right', () => {
    const { compare, why } = words(ARTICLE_MODEL, 'w5', 0.001);
    expect(compare).toMatch(
      /^Moving w5 from 0\.4 to 0\.401 changes E_total by .*; ∂E\/∂w5 · ε predicts .*, 0\.00744% apart\.$/,
    );
    expect(why).toBe(
      'The error curve bends over ε: they are 0.00744% apart at ε = 0.001, 7.44\u2009×\u200910⁻⁴% at 10⁻⁴, 7.44\u2009×\u200910⁻⁵% at 10⁻⁵. The gap shrinks in step with ε, as a bend’s does, so ∂E/∂w5 is right.',
    );
  });

  it('curvature with a large ε: take a smaller one', () => {
    expect(words(ARTICLE_MODEL, 'w5', 20).why).toMatch(
      /for a close prediction take a smaller ε\.$/,
    );
  });

  it('the lesson 6 slip: the gap stays put, the backward pass is wrong', () => {
    for (const epsilon of [0.001, 0.00001]) {
      const { why } = words(SLIP, 'w1', epsilon);
      expect(why).toMatch(
        /^The gap stays put as ε shrinks: they are 20\.2% apart at ε = .*, 20\.2% at .*, 20\.2% at [^,]*\./,
      );
      expect(why).toContain('a smaller ε will not help: the backward pass is wrong.');
      expect(why).toContain('It gives ∂E/∂w1 = 0.000364722878,');
      expect(why).not.toContain('Try a smaller ε');
      // The rate it quotes is the article's ∂E/∂w1, computed independently, to the digits shown.
      const shown = /changes at a rate of ([\d.e-]+)\.$/.exec(why)?.[1] ?? '';
      const digits = shown.replace(/^0\.0*/, '').length;
      expect(digits).toBeGreaterThanOrEqual(6);
      expect(shown).toBe(formatNumber(REFERENCE.exact.dE_dw1!, digits));
    }
  });

  it('rounding: ε = 10⁻¹² leaves ΔE a few digits', () => {
    const { why } = words(ARTICLE_MODEL, 'w5', 1e-12);
    // E_total ≈ 0.298 moves by ≈ 8.2 × 10⁻¹⁴: they share their first 12 digits.
    expect(why).toBe(
      'ε is so small that rounding dominates: E_total before and after agree in their first 12 digits, so their difference keeps only about 4 of float64’s 16. The gap is rounding, not the derivative. A larger ε keeps more digits.',
    );
    expect(words(ARTICLE_MODEL, 'w5', 1e-7).why).toMatch(
      /At ε = 10⁻⁵ the gap stands clear of rounding; take a larger ε\.$/,
    );
  });

  it('a ε too small to move E_total at all', () => {
    expect(words(ARTICLE_MODEL, 'w5', 1e-18).why).toContain(
      'E_total does not change at all in float64',
    );
  });
});

describe('the gradient check says why', () => {
  it('every row agrees to rounding at the usual step', () => {
    const checks = gradientCheck(ARTICLE_MODEL);
    expect(checkSummary(checks)).toBe(
      'Every gradient agrees with its estimate. What differences remain are rounding: h is so small that E(p + h) and E(p − h) share most of their digits.',
    );
    expect(checkRowWords(checks.find((c) => c.param === 'w5')!)).toMatch(
      /^the two agree, to .*: what is left is rounding$/,
    );
  });

  it('at h = 10⁻² the curve’s bend', () => {
    const checks = gradientCheck(ARTICLE_MODEL, 1e-2);
    expect(checkSummary(checks)).toMatch(/the curve’s bend over h/);
    expect(checkRowWords(checks.find((c) => c.param === 'w5')!)).toMatch(/shrinks with h²$/);
  });

  it('the slip: which rows, that their gaps stay put, and that the backward pass is wrong', () => {
    const checks = gradientCheck(SLIP);
    const summary = checkSummary(checks, 'the ordering mistake');
    expect(summary).toMatch(
      /^w1, w2, w3, w4, b1 disagree: their gaps stay put as h shrinks \(w1: 7\.4\u2009×\u200910⁻⁵ at h = 10⁻⁶, 7\.4\u2009×\u200910⁻⁵ at 10⁻⁷, 7\.4\u2009×\u200910⁻⁵ at 10⁻⁸\)/u,
    );
    expect(summary).toMatch(
      /The backward pass is not computing the derivative of E \(the ordering mistake\)\.$/,
    );
    expect(checkRowWords(checks.find((c) => c.param === 'w1')!)).toMatch(
      /the backward pass is wrong$/,
    );
  });
});
