/**
 * The gradient check on the article: the central difference agrees with the
 * reference gradients (app/reference/), its error shrinks as h² (a central
 * difference's signature), and each nudged parameter is put back.
 */
import { describe, expect, it } from 'vitest';
import { figure, REFERENCE } from '../reference/reference';
import { gradientCheck, GRADIENT_CHECK_STEP, isCheckedParam } from './gradient-check';
import { ARTICLE_MODEL } from './model';

/** The reference gradient of a parameter (the biases' are computed, though the article keeps them fixed). */
const exact = (param: string) =>
  figure(REFERENCE.exact, param.startsWith('b') ? `dE_d${param}_not_applied` : `dE_d${param}`);

describe('gradientCheck on the article', () => {
  it('checks every weight, then every bias, in order', () => {
    expect(gradientCheck(ARTICLE_MODEL).map((c) => c.param)).toEqual(
      'w1 w2 w3 w4 w5 w6 w7 w8 b1 b2'.split(' '),
    );
  });

  it('gives the reference gradient both ways, and their gap', () => {
    expect(GRADIENT_CHECK_STEP).toBe(1e-6);
    for (const { param, analytic, numeric, difference } of gradientCheck(ARTICLE_MODEL)) {
      expect(Math.abs(analytic - exact(param)), param).toBeLessThanOrEqual(1e-15);
      // A central difference with h = 1e-6 is good to about 1e-10 here.
      expect(Math.abs(numeric - exact(param)), param).toBeLessThan(1e-9);
      expect(difference).toBe(Math.abs(analytic - numeric));
    }
  });

  it('is a central difference: its error shrinks a hundredfold when h shrinks tenfold', () => {
    const gaps = (h: number) => gradientCheck(ARTICLE_MODEL, h).map((c) => c.difference);
    // Steps large enough that rounding (~1e-16 / h) stays far below the h² term.
    const coarse = gaps(1e-1);
    const fine = gaps(1e-2);
    coarse.forEach((gap, k) => {
      // A one-sided difference would shrink tenfold; the h⁴ term moves the ratio a little.
      expect(gap / fine[k]!).toBeGreaterThan(99);
      expect(gap / fine[k]!).toBeLessThan(101);
    });
  });

  it('puts each parameter back: a second check gives the same numbers', () => {
    const first = gradientCheck(ARTICLE_MODEL, 1e-2);
    expect(gradientCheck(ARTICLE_MODEL, 1e-2)).toEqual(first);
    // With a large h, a parameter left nudged would move every later check far off.
    for (const { param, numeric } of first) {
      expect(Math.abs(numeric - exact(param)), param).toBeLessThan(1e-4);
    }
  });
});

describe('isCheckedParam', () => {
  it('covers weights and biases only', () => {
    expect(['w1', 'w8', 'b1', 'b2'].every(isCheckedParam)).toBe(true);
    expect(['i1', 't1', 'lr', 'net_h1', ''].some(isCheckedParam)).toBe(false);
  });
});
