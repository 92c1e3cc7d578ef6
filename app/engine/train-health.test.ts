import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, type Model } from './model';
import { computeTrace, type Trace } from './trace';
import { OSCILLATING_EXAMPLE, train } from './train';
import { SATURATED_SHARE, SOLVED_ERROR, trainingHealth, VANISHING_STEP } from './train-health';

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

describe('what counts as saturated, and as a step that moves nothing', () => {
  it('judges each layer by its own activation’s largest slope: tanh’s 1, sigmoid’s ¼', () => {
    // Hidden tanh units at net = 8: tanh′ = sech² 8 ≈ 4e⁻¹⁶ ≈ 4.5 × 10⁻⁷, below tanh's millionth
    // (10⁻⁶). Sigmoid outputs at net ≈ 14 and 17: σ′ ≈ e⁻¹⁴ ≈ 8.3 × 10⁻⁷, above sigmoid's
    // millionth (2.5 × 10⁻⁷), and e⁻¹⁷ ≈ 4.1 × 10⁻⁸, below it.
    const model: Model = {
      ...ARTICLE_MODEL,
      params: {
        ...ARTICLE_MODEL.params,
        ...{ w1: 0, w2: 0, w3: 0, w4: 0, b1: 8, w5: 6.7, w6: 6.7, w7: 8.2, w8: 8.2 },
      },
      settings: { ...DEFAULT_SETTINGS, act_h: 'tanh' },
    };
    const { saturated } = trainingHealth(computeTrace(model));
    expect(saturated.map((u) => [u.neuron, u.activation])).toEqual([
      ['o2', 'sigmoid'],
      ['h1', 'tanh'],
      ['h2', 'tanh'],
    ]);
    expect(saturated[0]!.slope).toBeCloseTo(Math.exp(-17), 9);
    expect(saturated[1]!.slope).toBeCloseTo(4 * Math.exp(-16), 9);
  });

  it('counts the biases’ gradients in the largest step only when the biases are learned', () => {
    const exact = REFERENCE.exact;
    // Fixed: the largest step is w6's, η · 0.0827. Learned: b2's, η · (δ_o1 + δ_o2) = η · 0.1004.
    expect(trainingHealth(computeTrace(ARTICLE_MODEL)).largestStep).toBeCloseTo(
      0.5 * exact.dE_dw6!,
      15,
    );
    const learned: Model = {
      ...ARTICLE_MODEL,
      settings: { ...DEFAULT_SETTINGS, biases: 'learned' },
    };
    expect(trainingHealth(computeTrace(learned)).largestStep).toBeCloseTo(
      0.5 * exact.dE_db2_not_applied!,
      15,
    );
  });

  /** The article's trace with some quantities replaced: the bounds themselves, set by hand. */
  const withQuantities = (replaced: Record<string, number>): Trace => {
    const trace = computeTrace(ARTICLE_MODEL);
    return { ...trace, quantities: { ...trace.quantities, ...replaced } };
  };
  const gradients = (value: number) =>
    Object.fromEntries(
      ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'].map((w) => [`dE_d${w}`, value]),
    );

  it('a slope of exactly a millionth of the largest is saturated', () => {
    const health = trainingHealth(withQuantities({ dout_o1_dnet_o1: 0.25 * SATURATED_SHARE }));
    expect(health.saturated.map((u) => u.neuron)).toEqual(['o1']);
  });

  it('a step of exactly VANISHING_STEP moves nothing, and an error of exactly SOLVED_ERROR is solved', () => {
    // η = 0.5: gradients of 2 × VANISHING_STEP move each weight by VANISHING_STEP.
    const vanishing = gradients(2 * VANISHING_STEP);
    const stalled = trainingHealth(withQuantities(vanishing));
    expect(stalled.largestStep).toBe(VANISHING_STEP);
    expect(stalled.stalled).toBe(true);
    expect(trainingHealth(withQuantities({ ...vanishing, E_total: SOLVED_ERROR })).stalled).toBe(
      false,
    );
  });
});
