import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../engine/gradient-check';
import { ARTICLE_MODEL, type Model } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { checkRows, formatScientific, nudge, nudgeSentence, paramOfStep } from './check-data';

const trace = computeTrace(ARTICLE_MODEL);

describe('the gradient check', () => {
  it('names the parameter a step is about', () => {
    expect(paramOfStep('dE_dw5')).toBe('w5');
    expect(paramOfStep('dE_db1')).toBe('b1');
    expect(paramOfStep('dnet_o1_dw5')).toBe('w5');
    expect(paramOfStep('w12_new')).toBe('w12');
    expect(paramOfStep('E_total_new')).toBeNull();
    expect(paramOfStep('dE_dout_o1')).toBeNull();
    expect(paramOfStep('delta_h1')).toBeNull();
  });

  it('agrees with central differences for every weight and bias', () => {
    const rows = checkRows(trace, gradientCheck(ARTICLE_MODEL));
    expect(rows.map((r) => r.param).sort()).toEqual(
      ['b1', 'b2', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'].sort(),
    );
    for (const row of rows) {
      expect(row.analytic).toBe(trace.quantities[`dE_d${row.param}`]);
      expect(row.difference, row.param).toBeLessThan(1e-8);
      expect(row.agrees).toBe(true);
    }
  });

  it('catches the ordering mistake in the hidden layer', () => {
    const model: Model = {
      ...ARTICLE_MODEL,
      settings: { ...ARTICLE_MODEL.settings, hidden_deltas: 'updated' },
    };
    const rows = checkRows(computeTrace(model), gradientCheck(model));
    const wrong = rows.filter((r) => !r.agrees).map((r) => r.param);
    expect(wrong).toEqual(expect.arrayContaining(['w1', 'w2', 'w3', 'w4']));
    expect(wrong).not.toContain('w5');
  });
});

describe('the nudge', () => {
  it('measures ΔE with the trace and compares it with ∂E/∂w · ε', () => {
    const result = nudge(ARTICLE_MODEL, trace, 'w5', 0.001);
    const moved = computeTrace({
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 0.401 },
    });
    expect(result.measured).toBe(moved.quantities.E_total! - trace.quantities.E_total!);
    expect(result.predicted).toBe(trace.quantities.dE_dw5! * 0.001);
    expect(Math.abs(result.measured - result.predicted) / result.predicted).toBeLessThan(0.01);
    expect(nudgeSentence(result, 9)).toMatch(/^Moving w5 from 0\.4 to 0\.401 changes E_total by/);
    expect(nudgeSentence(result, 9)).toMatch(/halving ε/);
  });

  it('says so when ε is too large for the slope', () => {
    const result = nudge(ARTICLE_MODEL, trace, 'w5', 20);
    expect(nudgeSentence(result, 9)).toMatch(/too large/);
  });

  it('refuses a nudge past the allowed range', () => {
    expect(() => nudge(ARTICLE_MODEL, trace, 'w5', 2e6)).toThrow(/w5/);
  });

  it('writes small numbers as powers of ten', () => {
    expect(formatScientific(3.2e-11)).toBe('3.2\u2009×\u200910⁻¹¹');
    expect(formatScientific(0)).toBe('0');
    expect(formatScientific(0.05)).toBe('0.05');
    expect(formatScientific(-4.5e-7)).toBe('−4.5\u2009×\u200910⁻⁷');
  });
});
