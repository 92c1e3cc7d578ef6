import { describe, expect, it } from 'vitest';
import { figure, REFERENCE } from '../reference/reference';
import { ARTICLE_PRINTED, articleRuns, asPrinted, matchesPrinted } from './article-figures';

const exactAfter10000 = (key: string) => figure(REFERENCE.exact, `${key}_after_10000_updates`);
const explained = REFERENCE.publishedExplained;

describe('the article’s after-training figures, explained', () => {
  const runs = articleRuns();

  it('the method the article describes gives the exact figures, not the printed ones', () => {
    for (const key of ['E_total', 'out_o1', 'out_o2'] as const) {
      const exact = exactAfter10000(key);
      expect(Math.abs(runs.correct[key] - exact) / exact, key).toBeLessThan(1e-12);
    }
    expect(matchesPrinted(runs.correct.out_o1, 'out_o1')).toBe(false);
    expect(matchesPrinted(runs.correct.E_total, 'E_total')).toBe(false);
  });

  it('the ordering mistake gives the printed outputs', () => {
    expect(matchesPrinted(runs.mistaken.out_o1, 'out_o1')).toBe(true);
    expect(matchesPrinted(runs.mistaken.out_o2, 'out_o2')).toBe(true);
    const mistakenError = figure(
      explained.hiddenDeltasWithUpdatedOutputWeights,
      'E_total_after_10000_updates',
    );
    expect(Number(runs.mistaken.E_total.toPrecision(7))).toBe(mistakenError);
  });

  it('the printed error is the correct method’s after 9,999 updates', () => {
    expect(matchesPrinted(runs.correctShort.E_total, 'E_total')).toBe(true);
    expect(asPrinted(runs.correctShort.E_total, ARTICLE_PRINTED.E_total)).toBe(
      String(figure(explained.correctMethodAfter9999Updates, 'E_total')),
    );
  });
});
