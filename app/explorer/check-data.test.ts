import { describe, expect, it } from 'vitest';
import { formatScientific, paramOfStep, powerOfTen } from './check-data';

describe('the Check tab’s helpers', () => {
  it('names the parameter a step is about', () => {
    expect(paramOfStep('dE_dw5')).toBe('w5');
    expect(paramOfStep('dE_db1')).toBe('b1');
    expect(paramOfStep('dnet_o1_dw5')).toBe('w5');
    expect(paramOfStep('w12_new')).toBe('w12');
    expect(paramOfStep('E_total_new')).toBeNull();
    expect(paramOfStep('dE_dout_o1')).toBeNull();
    expect(paramOfStep('delta_h1')).toBeNull();
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
