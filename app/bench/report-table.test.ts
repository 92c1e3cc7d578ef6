import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  below,
  budgetTable,
  formatCount,
  formatKb,
  formatMs,
  formatTable,
  verdict,
} from './report-table';

describe('verdict', () => {
  it('judges "below" strictly and "at most" inclusively', () => {
    expect(verdict(1.99, below(2))).toBe('yes');
    expect(verdict(2, below(2))).toBe('NO');
    expect(verdict(0, atMost(0))).toBe('yes');
    expect(verdict(1, atMost(0))).toBe('NO');
  });

  it('judges "at least" inclusively (frames per second, Lighthouse scores)', () => {
    expect(verdict(0.98, atLeast(0.98))).toBe('yes');
    expect(verdict(0.97, atLeast(0.98))).toBe('NO');
  });

  it('says when there is no budget or no measurement', () => {
    expect(verdict(5, undefined)).toBe('—');
    expect(verdict(NaN, below(2))).toBe('?');
  });
});

describe('tables', () => {
  it('pads every column to its widest cell', () => {
    expect(formatTable(['a', 'bb'], [['ccc', 'd']])).toBe(
      ['| a   | bb |', '|-----|----|', '| ccc | d  |'].join('\n'),
    );
  });

  it('writes budgets and figures in the metric’s unit', () => {
    const table = budgetTable([
      { metric: 'update median', budget: below(2), measured: 1.234, format: formatMs },
      { metric: 'long tasks', budget: atMost(0), measured: 3, format: formatCount },
      { metric: 'JS gzip', budget: atMost(120_000), measured: 207_400, format: formatKb },
      { metric: 'FCP', measured: NaN, format: formatMs },
    ]);
    const rows = table.split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows[0]).toEqual(['', 'metric', 'budget', 'measured', 'pass', '']);
    expect(rows.slice(2).map((r) => r.slice(1, 5))).toEqual([
      ['update median', '< 2.00 ms', '1.23 ms', 'yes'],
      ['long tasks', '≤ 0', '3', 'NO'],
      ['JS gzip', '≤ 120.0 kB', '207.4 kB', 'NO'],
      ['FCP', '—', 'n/a', '—'],
    ]);
  });

  it('formats milliseconds with more places below 10', () => {
    expect(formatMs(0.5)).toBe('0.50 ms');
    expect(formatMs(16.66)).toBe('16.7 ms');
  });
});
