/**
 * Number formatting: the article's 9 significant digits with trailing zeros
 * dropped, in plain text and in TeX.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatTexNumber, MAX_SIGNIFICANT_DIGITS, superscript } from './format';
import { texOperand } from './template';

describe('formatNumber', () => {
  it.each([
    [0.7513650695523157, '0.75136507'],
    [0.5932699921071872, '0.593269992'],
    [-0.02260254047747507, '-0.0226025405'],
    [3.510187782978859e-5, '0.0000351018778'],
    [1.234e-12, '1.234e-12'],
    [-1.234e-12, '-1.234e-12'],
    [0.3775, '0.3775'],
    [1, '1'],
    [-2.5, '-2.5'],
    [100, '100'],
    [123456789, '123456789'],
    [1234567890123, '1.23456789e12'],
    [1e21, '1e21'],
    [-1e21, '-1e21'],
    [990791918021509.1, '9.90791918e14'],
    [5e-324, '4.94065646e-324'], // the smallest subnormal, 9 digits of it
    [1.7976931348623157e308, '1.79769313e308'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('prints 0 and −0 as 0', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });

  it('prints non-finite values as JavaScript does, for error messages', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('-Infinity');
    expect(formatNumber(Infinity, 1)).toBe('Infinity');
  });

  it('takes the number of significant digits, clamped to 1 … 17', () => {
    expect(formatNumber(Math.PI, 3)).toBe('3.14');
    expect(formatNumber(Math.PI, 1)).toBe('3');
    expect(formatNumber(Math.PI, 0)).toBe('3');
    expect(formatNumber(Math.PI, -5)).toBe('3');
    expect(formatNumber(Math.PI, 2.6)).toBe('3.14'); // a fractional count rounds to 3
    expect(formatNumber(Math.PI, 17)).toBe('3.1415926535897931');
    expect(formatNumber(Math.PI, 40)).toBe('3.1415926535897931');
    expect(formatNumber(0.1, 17)).toBe('0.10000000000000001');
    // A whole number that fills the digits has no point, and its zeros are digits, not padding.
    expect(formatNumber(100, 3)).toBe('100');
    expect(formatNumber(-250, 3)).toBe('-250');
    expect(formatNumber(100, 4)).toBe('100');
    expect(MAX_SIGNIFICANT_DIGITS).toBe(17);
  });

  it('round-trips every double at 17 digits, and never ends a mantissa in 0 or .', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatNumber(value, 17);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
        const mantissa = text.split('e')[0]!;
        if (mantissa.includes('.')) expect(mantissa).not.toMatch(/[0.]$/);
        expect(formatNumber(value)).not.toMatch(/e\+/);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays within 9 significant digits of the value', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
        (value) => {
          const printed = Number(formatNumber(value));
          expect(Math.abs(printed - value)).toBeLessThanOrEqual(Math.abs(value) * 5e-9);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('formatTexNumber', () => {
  it('writes exponents as × 10^{n}', () => {
    expect(formatTexNumber(1.234e-12)).toBe('1.234 \\times 10^{-12}');
    expect(formatTexNumber(-3.5e21)).toBe('-3.5 \\times 10^{21}');
    expect(formatTexNumber(1e21)).toBe('1 \\times 10^{21}');
  });

  it('leaves plain numbers alone', () => {
    expect(formatTexNumber(0.75136507)).toBe('0.75136507');
    expect(formatTexNumber(3.510187782978859e-5)).toBe('0.0000351018778');
    expect(formatTexNumber(-0)).toBe('0');
  });

  it('honours the digits too', () => {
    expect(formatTexNumber(1.23456789e-20, 3)).toBe('1.23 \\times 10^{-20}');
  });
});

describe('texOperand', () => {
  it('puts negatives and powers of ten in parentheses', () => {
    expect(texOperand(-0.5)).toBe('\\left(-0.5\\right)');
    expect(texOperand(2e-12)).toBe('\\left(2 \\times 10^{-12}\\right)');
    expect(texOperand(0.5)).toBe('0.5');
    expect(texOperand(-0)).toBe('0');
  });
});

describe('superscript', () => {
  it('writes an exponent in Unicode superscript digits and minus, and leaves the rest', () => {
    expect(superscript('-7')).toBe('\u207b\u2077');
    expect(superscript('0123456789')).toBe(
      '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079',
    );
    expect(superscript('10e')).toBe('\u00b9\u2070e');
  });
});
