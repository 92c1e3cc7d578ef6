import { describe, expect, it } from 'vitest';
import { ARTICLE_PRINTED, articleRuns, asPrinted, matchesPrinted } from './article-figures';

// Float64 figures of the reference, computed independently of this engine.
const EXACT_AFTER_10000 = {
  E_total: 3.510187782978859e-5,
  out_o1: 0.01591362044355068,
  out_o2: 0.9840642735146238,
};

describe('the article’s after-training figures, explained', () => {
  const runs = articleRuns();

  it('the method the article describes gives the exact figures, not the printed ones', () => {
    for (const [key, exact] of Object.entries(EXACT_AFTER_10000)) {
      const value = runs.correct[key as keyof typeof EXACT_AFTER_10000];
      expect(Math.abs(value - exact) / exact, key).toBeLessThan(1e-12);
    }
    expect(matchesPrinted(runs.correct.out_o1, 'out_o1')).toBe(false);
    expect(matchesPrinted(runs.correct.E_total, 'E_total')).toBe(false);
  });

  it('the ordering mistake gives the printed outputs', () => {
    expect(matchesPrinted(runs.mistaken.out_o1, 'out_o1')).toBe(true);
    expect(matchesPrinted(runs.mistaken.out_o2, 'out_o2')).toBe(true);
    expect(runs.mistaken.E_total.toPrecision(7)).toBe('0.00003508479');
  });

  it('the printed error is the correct method’s after 9,999 updates', () => {
    expect(matchesPrinted(runs.correctShort.E_total, 'E_total')).toBe(true);
    expect(asPrinted(runs.correctShort.E_total, ARTICLE_PRINTED.E_total)).toBe('0.0000351085');
  });
});
