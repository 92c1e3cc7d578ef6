import { describe, expect, it } from 'vitest';
import { measure, median, percentile } from './measure';

describe('percentile and median', () => {
  it('interpolates between ranks', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5], 100)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8, 12);
    expect(percentile([7], 95)).toBe(7);
  });

  it('clamps p, leaves the input unsorted and answers NaN for no samples', () => {
    const samples = [5, 1, 9];
    expect(percentile(samples, 150)).toBe(9);
    expect(percentile(samples, -1)).toBe(1);
    expect(samples).toEqual([5, 1, 9]);
    expect(median([])).toBeNaN();
  });
});

describe('measure', () => {
  it('warms up, then times each run with the clock', () => {
    let calls = 0;
    // Each timed run reads the clock twice: at its start and at its end.
    const readings = [0, 5, 5, 6, 6, 9, 9, 11, 11, 15][Symbol.iterator]();
    const result = measure(() => (calls += 1), {
      runs: 5,
      warmup: 2,
      now: () => readings.next().value ?? NaN,
    });
    expect(calls).toBe(7);
    expect(result.samples).toEqual([5, 1, 3, 2, 4]);
    expect(result.median).toBe(3);
    expect(result.p95).toBeCloseTo(4.8, 12);
  });
});
