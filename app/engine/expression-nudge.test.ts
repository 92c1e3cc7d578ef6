/**
 * A nudge on an expression graph: the leaf moved by ε, the output computed again,
 * and the change set beside the gradient's prediction ∂f/∂x · ε, all worked by hand
 * here for f = (x + y)·z.
 */
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { computeExpressionTrace } from './expression';
import { nudgeLeaf } from './expression-nudge';

const trace = () => computeExpressionTrace('(x+y)*z', { x: 0.1, y: 0.2, z: -3 });

describe('nudgeLeaf', () => {
  it('moves one leaf and reports the output before and after, and the gradient', () => {
    // f = (0.1 + 0.2)·(−3) = −0.9; ∂f/∂z = x + y = 0.3; after z → −2.5, f = 0.3·(−2.5) = −0.75.
    const nudge = nudgeLeaf(trace(), 'z', 0.5);
    expect(nudge).toMatchObject({ subject: 'z', epsilon: 0.5, from: -3, to: -2.5, output: 'f' });
    expect(nudge.before).toBeCloseTo(-0.9, 15);
    expect(nudge.after).toBeCloseTo(-0.75, 15);
    expect(nudge.change).toBeCloseTo(0.15, 15);
    expect(nudge.gradient).toBeCloseTo(0.3, 15);
    expect(nudge.predicted).toBeCloseTo(0.15, 15);
  });

  it('rounds the moved leaf to 12 significant digits, so 0.2 + 0.1 is 0.3', () => {
    const nudge = nudgeLeaf(trace(), 'y', 0.1);
    expect(0.2 + 0.1).not.toBe(0.3);
    expect(nudge.to).toBe(0.3);
    // ∂f/∂y = z = −3: the prediction is −0.3, and f is linear in y, so the change is too.
    expect(nudge.predicted).toBeCloseTo(-0.3, 15);
    expect(nudge.change).toBeCloseTo(-0.3, 12);
  });

  it('a negative nudge moves the leaf down', () => {
    const nudge = nudgeLeaf(trace(), 'y', -0.2);
    expect(nudge.to).toBe(0);
    expect(nudge.after).toBeCloseTo(-0.3, 15);
  });

  it('refuses a name that is not a leaf, and an ε that is not a finite number', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof EngineError) return [error.code, error.subject, error.message];
      }
      return null;
    };
    expect(refusal(() => nudgeLeaf(trace(), 'q', 0.1))).toEqual([
      'unknown-parameter',
      'q',
      'q is not a leaf of (x+y)*z.',
    ]);
    expect(refusal(() => nudgeLeaf(trace(), 'x', NaN))?.slice(0, 2)).toEqual(['not-finite', 'ε']);
  });
});
