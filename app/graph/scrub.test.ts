import { describe, expect, it } from 'vitest';
import { SCRUB_PER_PIXEL, scrubValue } from './scrub';

describe('scrubValue', () => {
  const limits = [-1e6, 1e6] as const;
  it('moves 0.005 a pixel, up is more', () => {
    expect(SCRUB_PER_PIXEL).toBe(0.005);
    expect(scrubValue(0.4, 10, false, limits)).toBe(0.45);
    expect(scrubValue(0.4, -10, false, limits)).toBe(0.35);
  });
  it('is ten times finer with Shift, and keeps values short', () => {
    expect(scrubValue(0.4, 10, true, limits)).toBe(0.405);
    expect(scrubValue(0.4, 3, false, limits)).toBe(0.415);
    expect(scrubValue(0.123456, 0, false, limits)).toBe(0.123);
  });
  it('stays within the limits', () => {
    expect(scrubValue(0.4, 1000, false, [0, 1])).toBe(1);
    expect(scrubValue(0.4, -1000, false, [0, 1])).toBe(0);
  });
});
