import { describe, expect, it } from 'vitest';
import { MAX_SEED, mulberry32, parseSeed } from './random';

describe('seeded randomness', () => {
  it('draw evenly enough from the generator', () => {
    const random = mulberry32(7);
    const values = Array.from({ length: 10_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('gives the same numbers for the same seed, others for another', () => {
    const a = Array.from({ length: 5 }, mulberry32(42));
    expect(Array.from({ length: 5 }, mulberry32(42))).toEqual(a);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(a);
  });

  it('reads whole numbers from 1 to 2³²−1 and refuses the rest', () => {
    expect(parseSeed('1')).toBe(1);
    expect(parseSeed(' 123456 ')).toBe(123456);
    expect(parseSeed(String(MAX_SEED))).toBe(MAX_SEED);
    for (const bad of ['0', '-1', '1.5', 'abc', '', '4294967296', '1e5', '99999999999']) {
      expect(parseSeed(bad), bad).toBeUndefined();
    }
  });
});
