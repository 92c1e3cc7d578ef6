import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, defaultParams } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { formatScientific, paramOfStep, powerOfTen } from './check-data';

const article = computeTrace(ARTICLE_MODEL);
const learned = computeTrace({
  ...ARTICLE_MODEL,
  settings: { ...DEFAULT_SETTINGS, biases: 'learned' },
});

describe('the Check tab’s helpers', () => {
  it('names the parameter a step is about', () => {
    expect(paramOfStep(article, 'dE_dw5')).toBe('w5');
    expect(paramOfStep(article, 'dE_db1')).toBe('b1');
    expect(paramOfStep(article, 'dnet_o1_dw5')).toBe('w5');
    expect(paramOfStep(learned, 'b2_new')).toBe('b2');
    expect(paramOfStep(article, 'E_total_new')).toBeNull();
    expect(paramOfStep(article, 'dE_dout_o1')).toBeNull();
    expect(paramOfStep(article, 'delta_h1')).toBeNull();
    expect(paramOfStep(article, 'not_a_step')).toBeNull();
  });

  it('names it in any architecture: w12 of 2-3-2, a weight of a deeper network', () => {
    const sizes = [2, 3, 2];
    const grown = computeTrace({ sizes, params: defaultParams(sizes), settings: DEFAULT_SETTINGS });
    expect(paramOfStep(grown, 'w12_new')).toBe('w12');
    expect(paramOfStep(grown, 'dE_dw12')).toBe('w12');
    const deep = [3, 4, 3, 2];
    const trace = computeTrace({
      sizes: deep,
      params: defaultParams(deep),
      settings: DEFAULT_SETTINGS,
    });
    expect(paramOfStep(trace, 'dnet_h2_3_dw21')).toBe('w21');
    expect(paramOfStep(trace, 'dE_db3')).toBe('b3');
  });

  it('writes small numbers as powers of ten', () => {
    expect(formatScientific(3.2e-11)).toBe('3.2\u2009×\u200910⁻¹¹');
    expect(formatScientific(0)).toBe('0');
    expect(formatScientific(0.05)).toBe('0.05');
    expect(formatScientific(-4.5e-7)).toBe('−4.5\u2009×\u200910⁻⁷');
    expect(formatScientific(1e-4)).toBe('1\u2009×\u200910⁻⁴');
    expect(powerOfTen(1e-6)).toBe('10⁻⁶');
    expect(powerOfTen(1e-10)).toBe('10⁻¹⁰');
    expect(powerOfTen(100)).toBe('10²');
  });
});
