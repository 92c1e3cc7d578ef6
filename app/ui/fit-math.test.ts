import { describe, expect, it } from 'vitest';
import { fitScale, MIN_SCALE } from './fit-math';

describe('fitScale', () => {
  it('leaves a formula that fits alone', () => {
    expect(fitScale(200, 300)).toBe(1);
    expect(fitScale(301, 300)).toBe(1);
  });

  it('shrinks a wider one to the room it has, rounded down', () => {
    expect(fitScale(333, 278)).toBe(0.83);
    expect(fitScale(400, 300) * 400).toBeLessThanOrEqual(300);
  });

  it('never below the smallest readable size', () => {
    expect(fitScale(1000, 300)).toBe(MIN_SCALE);
  });
});
