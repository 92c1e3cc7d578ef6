import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, type Model } from './model';
import { computeTrace } from './trace';
import { OSCILLATING_EXAMPLE, train } from './train';
import { trainingHealth, VANISHING_STEP } from './train-health';

const withLr = (lr: number, model: Model = ARTICLE_MODEL): Model => ({
  ...model,
  params: { ...model.params, lr },
});
const after = (model: Model, steps: number) => {
  const run = train(model, steps);
  return computeTrace({ ...model, params: run.params });
};

describe('a learning rate too large', () => {
  it('η = 1000 throws both outputs into saturation in one step, and training stalls there', () => {
    const trace = after(withLr(1000), 10);
    const health = trainingHealth(trace);
    // out_o1 ≈ 8 × 10⁻⁴¹: the sigmoid's slope o(1 − o) is the same tiny number.
    expect(trace.quantities.out_o1).toBeLessThan(1e-40);
    expect(health.saturated.map((u) => u.neuron)).toEqual(['o1', 'o2']);
    const o1 = health.saturated[0]!;
    expect(o1.slope).toBe(o1.out * (1 - o1.out));
    expect(health.stalled).toBe(true);
    expect(health.largestStep).toBeLessThan(VANISHING_STEP);
    // E_total = ½ 0.01² + ½ 0.01²: outputs at exactly 0 and 1 against targets 0.01 and 0.99.
    expect(health.error).toBeCloseTo(1e-4, 12);
    // And it stays there: a thousand more steps change E_total in its 12th digit at most.
    const later = after({ ...trace.model }, 1000);
    expect(Math.abs(later.quantities.E_total! - health.error)).toBeLessThan(1e-15);
  });

  it('the article’s own run is healthy, after 10,000 steps and 100,000', () => {
    for (const steps of [0, 10_000, 100_000]) {
      const health = trainingHealth(after(ARTICLE_MODEL, steps));
      expect(health.saturated, `${steps}`).toEqual([]);
      expect(health.stalled, `${steps}`).toBe(false);
      expect(health.largestStep, `${steps}`).toBeGreaterThan(1e-7);
    }
  });

  it('a solved problem is not stalled, though its steps vanish', () => {
    // Linear units reach the targets exactly: E_total falls to ~10⁻³³.
    const linear: Model = withLr(2, {
      ...ARTICLE_MODEL,
      settings: { ...DEFAULT_SETTINGS, act_h: 'linear', act_o: 'linear' },
    });
    const health = trainingHealth(after(linear, 200));
    expect(health.error).toBeLessThan(1e-20);
    expect(health.stalled).toBe(false);
  });

  it('a dead ReLU counts as saturated: its slope is 0', () => {
    const relu: Model = {
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, b1: -1 },
      settings: { ...DEFAULT_SETTINGS, act_h: 'relu' },
    };
    const health = trainingHealth(computeTrace(relu));
    expect(health.saturated.map((u) => [u.neuron, u.slope])).toEqual([
      ['h1', 0],
      ['h2', 0],
    ]);
  });
});

describe('the oscillating example', () => {
  const model: Model = {
    ...ARTICLE_MODEL,
    params: { ...ARTICLE_MODEL.params, lr: OSCILLATING_EXAMPLE.lr },
    settings: { ...DEFAULT_SETTINGS, ...OSCILLATING_EXAMPLE.settings },
  };
  const run = train(model, OSCILLATING_EXAMPLE.steps);
  const errors = [run.initialLoss, ...run.losses.subarray(0, run.steps)];

  it('goes up and down, visibly, without diverging', () => {
    expect(run.status).toBe('done');
    const rises = errors.slice(1).filter((e, i) => e > errors[i]! * 1.05);
    // More than a third of its steps raise the error by over 5 %.
    expect(rises.length).toBeGreaterThan(OSCILLATING_EXAMPLE.steps / 3);
    // Swings as large as a third of the starting error, in both directions, late in the run too.
    const swings = errors.slice(1).map((e, i) => e - errors[i]!);
    const tail = swings.slice(50);
    expect(Math.max(...tail)).toBeGreaterThan(errors[0]! / 3);
    expect(Math.min(...tail)).toBeLessThan(-errors[0]! / 3);
  });

  it('does not happen with the article’s sigmoid outputs at any rate up to 1000', () => {
    for (let lr = 0.5; lr <= 1000; lr *= 1.25) {
      const sigmoid = train(withLr(lr), 200);
      const losses = [sigmoid.initialLoss, ...sigmoid.losses.subarray(0, sigmoid.steps)];
      const rises = losses.slice(1).filter((e, i) => e > losses[i]! * (1 + 1e-9));
      expect(rises, `η = ${lr}`).toEqual([]);
    }
  });
});
