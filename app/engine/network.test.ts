/**
 * The numerical core's update step on its own: training never lets a parameter
 * get near float64's end (its ranges stop it first), so the update's own report
 * of a value that left the finite numbers is checked here, on gradients set by hand.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, type Model } from './model';
import { applyUpdate, backward, createWorkspace, forward } from './network';

const LEARNED: Model = { ...ARTICLE_MODEL, settings: { ...DEFAULT_SETTINGS, biases: 'learned' } };

describe('applyUpdate', () => {
  it('steps every weight by −η ∂E/∂w and says the result is finite', () => {
    const ws = createWorkspace(ARTICLE_MODEL);
    ws.weightGrad.set([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(applyUpdate(ws)).toBe(true);
    // η = 0.5: w1 = 0.15 − 0.5 · 1, …, w8 = 0.55 − 0.5 · 8.
    expect(Array.from(ws.weights)).toEqual([
      0.15 - 0.5,
      0.2 - 1,
      0.25 - 1.5,
      0.3 - 2,
      0.4 - 2.5,
      0.45 - 3,
      0.5 - 3.5,
      0.55 - 4,
    ]);
  });

  it('reports a weight that overflows to −∞', () => {
    const ws = createWorkspace(ARTICLE_MODEL);
    // 0.15 − 0.5 · 10³⁰⁹ is beyond float64's largest number, 1.8 × 10³⁰⁸.
    ws.weightGrad[0] = 1e308;
    ws.lr = 5;
    expect(applyUpdate(ws)).toBe(false);
    expect(ws.weights[0]).toBe(-Infinity);
  });

  it('reports a learned bias that overflows, and leaves fixed biases alone', () => {
    const learned = createWorkspace(LEARNED);
    learned.biasGrad[2] = -1e308;
    learned.lr = 5;
    expect(applyUpdate(learned)).toBe(false);
    expect(learned.biases[2]).toBe(Infinity);
    // The same gradient under fixed biases moves nothing.
    const fixed = createWorkspace(ARTICLE_MODEL);
    fixed.biasGrad[2] = -1e308;
    fixed.lr = 5;
    expect(applyUpdate(fixed)).toBe(true);
    expect(fixed.biases[2]).toBe(0.6);
  });

  it('after a backward pass, moves the article’s w5 to its published w5⁺', () => {
    const ws = createWorkspace(ARTICLE_MODEL);
    forward(ws);
    backward(ws);
    expect(applyUpdate(ws)).toBe(true);
    // The article: w5⁺ = 0.4 − 0.5 · 0.082167041 = 0.35891648.
    expect(ws.weights[4]).toBeCloseTo(REFERENCE.exact.w5_new!, 15);
  });
});
