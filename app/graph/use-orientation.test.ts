import { describe, expect, it } from 'vitest';
import { orientationFor, PORTRAIT_BELOW } from './use-orientation';

describe('the diagram’s orientation from its container’s width', () => {
  it('is portrait on a phone and landscape from the threshold up, on first measuring', () => {
    expect(orientationFor(333, null)).toBe('portrait');
    expect(orientationFor(PORTRAIT_BELOW - 1, null)).toBe('portrait');
    expect(orientationFor(PORTRAIT_BELOW, null)).toBe('landscape');
    expect(orientationFor(690, null)).toBe('landscape');
  });

  it('does not flip back and forth when a scroll bar comes and goes near the threshold', () => {
    expect(orientationFor(PORTRAIT_BELOW + 10, 'portrait')).toBe('portrait');
    expect(orientationFor(PORTRAIT_BELOW + 40, 'portrait')).toBe('landscape');
    expect(orientationFor(PORTRAIT_BELOW - 1, 'landscape')).toBe('portrait');
  });
});
