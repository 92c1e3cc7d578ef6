/**
 * Training: the same step as the trace's update, repeated; the error falls on
 * the article's network; a run that leaves float64 stops at its last finite state.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, paramIds, type Model, type Settings } from './model';
import { networkNames } from './architecture';
import { REFERENCE } from '../reference/reference';
import { computeTrace } from './trace';
import { divergenceLimit, train, type TrainResult } from './train';

const withSettings = (settings: Partial<Settings>, params: Record<string, number> = {}): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
  settings: { ...DEFAULT_SETTINGS, ...settings },
});

/** One step done by hand: the trace's w⁺ (and b⁺) become the next model's parameters. */
function stepByTrace(model: Model): { model: Model; loss: number } {
  const trace = computeTrace(model);
  const params: Record<string, number> = { ...model.params };
  for (const id of paramIds(trace.names)) {
    const updated = trace.quantities[`${id}_new`];
    if (updated !== undefined) params[id] = updated;
  }
  return { model: { ...model, params }, loss: trace.quantities.E_total_new! };
}

// Runs happen in beforeEach, not once per describe block: they take milliseconds, and mutation
// testing (stryker.config.mjs) then knows which tests run which engine code.
describe('train on the article', () => {
  let run: TrainResult;
  beforeEach(() => {
    run = train(ARTICLE_MODEL, 10000);
  });

  it('completes every step', () => {
    expect(run.status).toBe('done');
    expect(run.steps).toBe(10000);
    expect(run.losses).toHaveLength(10000);
  });

  it('starts from the trace E_total and lowers the error at every step', () => {
    expect(run.initialLoss).toBe(computeTrace(ARTICLE_MODEL).quantities.E_total);
    expect(run.losses[0]).toBeLessThan(run.initialLoss);
    for (let s = 1; s < run.steps; s++) {
      if (!(run.losses[s]! < run.losses[s - 1]!)) {
        throw new Error(`the error rose at step ${s + 1}: ${run.losses[s - 1]} → ${run.losses[s]}`);
      }
    }
  });

  it('reports outputs and parameters that belong together', () => {
    const after = computeTrace({ ...ARTICLE_MODEL, params: run.params }).quantities;
    expect(after.out_o1).toBe(run.outputs.o1);
    expect(after.out_o2).toBe(run.outputs.o2);
    expect(after.E_total).toBe(run.losses[run.steps - 1]);
  });

  it('leaves inputs, targets, biases (fixed) and the learning rate alone', () => {
    for (const id of ['i1', 'i2', 't1', 't2', 'b1', 'b2', 'lr']) {
      expect(run.params[id]).toBe(ARTICLE_MODEL.params[id]);
    }
    expect(Object.keys(run.params).sort()).toEqual(paramIds(networkNames([2, 2, 2])).sort());
  });
});

describe('step counts', () => {
  it('0 steps: the starting state, no losses', () => {
    const run = train(ARTICLE_MODEL, 0);
    expect(run).toMatchObject({ status: 'done', steps: 0 });
    expect(run.losses).toHaveLength(0);
    expect(run.params).toEqual(ARTICLE_MODEL.params);
    expect(run.outputs.o1).toBe(computeTrace(ARTICLE_MODEL).quantities.out_o1);
  });

  it('negative and fractional counts round down, to no fewer than 0', () => {
    expect(train(ARTICLE_MODEL, -3).steps).toBe(0);
    expect(train(ARTICLE_MODEL, 2.9).steps).toBe(2);
    expect(train(ARTICLE_MODEL, NaN).steps).toBe(0);
  });

  it('does not change the model it was given', () => {
    const params = { ...ARTICLE_MODEL.params };
    train(ARTICLE_MODEL, 5);
    expect(ARTICLE_MODEL.params).toEqual(params);
  });
});

describe('train equals repeated trace updates', () => {
  it.each<[string, Partial<Settings>]>([
    ['the article', {}],
    ['learned biases', { biases: 'learned' }],
    ['the ordering mistake', { hidden_deltas: 'updated' }],
    ['tanh and cross-entropy', { act_h: 'tanh', loss: 'ce' }],
    ['relu and linear', { act_h: 'relu', act_o: 'linear' }],
  ])('%s, 3 steps', (_, settings) => {
    const start = withSettings(settings);
    const run = train(start, 3);
    let model = start;
    for (let s = 0; s < 3; s++) {
      const step = stepByTrace(model);
      model = step.model;
      expect(Math.abs(run.losses[s]! - step.loss)).toBeLessThanOrEqual(1e-15 * step.loss);
    }
    for (const id of Object.keys(run.params)) {
      const expected = model.params[id]!;
      expect(Math.abs(run.params[id]! - expected), id).toBeLessThanOrEqual(
        1e-15 * Math.abs(expected),
      );
    }
  });
});

describe('divergence', () => {
  const exploding = withSettings(
    { act_h: 'linear', act_o: 'linear' },
    {
      lr: 1000,
      w1: 1e3,
      w2: 1e3,
      w3: 1e3,
      w4: 1e3,
      w5: 1e3,
      w6: 1e3,
      w7: 1e3,
      w8: 1e3,
      i1: 1e3,
      i2: 1e3,
    },
  );
  let run: TrainResult;
  beforeEach(() => {
    run = train(exploding, 100);
  });

  it('stops before a step that takes a weight out of its allowed range, and names it', () => {
    expect(run.status).toBe('diverged');
    expect(run.divergence).toEqual({ reason: 'out-of-range', step: 1, param: 'w1' });
    expect(run.steps).toBe(0);
    expect(run.params).toEqual(exploding.params);
  });

  it('keeps the last finite state', () => {
    expect(Object.values(run.params).every(Number.isFinite)).toBe(true);
    expect(Object.values(run.outputs).every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(run.initialLoss)).toBe(true);
  });

  it('stops at the same step when asked for more', () => {
    const longer = train(exploding, 10000);
    expect(longer.steps).toBe(run.steps);
    expect(longer.params).toEqual(run.params);
  });

  // Linear units and η = 11: each step overshoots further, the error grows step by step.
  const growing = withSettings({ act_h: 'linear', act_o: 'linear' }, { lr: 11 });
  const initial = computeTrace(growing).quantities.E_total!;
  const limit = divergenceLimit(initial);

  it('stops before the step whose error passes the limit, counting steps as it keeps them', () => {
    const limited = train(growing, 1000, { errorLimit: limit });
    expect(limited.divergence?.reason).toBe('error-grew');
    expect(limited.divergence?.step).toBe(limited.steps + 1);
    expect(limited.steps).toBeGreaterThan(0);
    for (let s = 0; s < limited.steps; s++) expect(limited.losses[s]!).toBeLessThanOrEqual(limit);
    // The step it refused, taken without a limit, does pass it.
    const unlimited = train(growing, limited.steps + 1);
    expect(unlimited.steps).toBe(limited.steps + 1);
    expect(unlimited.losses[limited.steps]!).toBeGreaterThan(limit);
    expect(unlimited.params).not.toEqual(limited.params);
    expect(train(growing, limited.steps).params).toEqual(limited.params);
  });

  it('divergenceLimit is a million times the start, from a floor of 10⁻⁶', () => {
    expect(limit).toBe(1e6 * initial);
    expect(divergenceLimit(0)).toBe(1);
  });

  it('with a learned bias, keeps that finite too', () => {
    const biased = train(
      { ...exploding, settings: { ...exploding.settings, biases: 'learned' } },
      100,
    );
    expect(biased.status).toBe('diverged');
    expect(Object.values(biased.params).every(Number.isFinite)).toBe(true);
  });
});

describe('the limits of a run', () => {
  it('keeps a step whose error equals the error limit: a run stops only past it', () => {
    // The article's error after one update, computed independently of this engine.
    const after = REFERENCE.exact.E_total_after_1_update!;
    expect(train(ARTICLE_MODEL, 1, { errorLimit: after })).toMatchObject({
      status: 'done',
      steps: 1,
    });
    expect(train(ARTICLE_MODEL, 1, { errorLimit: after - 1e-15 }).divergence).toEqual({
      reason: 'error-grew',
      step: 1,
    });
  });

  it('trains a network that rests against its limits: the limits themselves are allowed', () => {
    // b1 = −10⁶ kills both ReLU units (net_h ≈ −10⁶), so every hidden gradient is δ_h · i = 0;
    // b2 = 10⁶ saturates both sigmoid outputs at exactly 1, so δ_o = 0 and the output
    // gradients vanish too. Nothing moves, and nothing may stop the run.
    const resting = withSettings(
      { act_h: 'relu', biases: 'learned' },
      { w1: -1e6, w3: 1e6, w5: -1e6, w7: 1e6, b1: -1e6, b2: 1e6 },
    );
    const run = train(resting, 5);
    expect(run).toMatchObject({ status: 'done', steps: 5, divergence: null });
    expect(run.params).toEqual(resting.params);
  });

  it('stops before a step that pushes a weight above 10⁶, and names it', () => {
    // With i1 = i2 = 0 the hidden weights get no gradient, and h1 = h2 = σ(0.35). Linear
    // outputs: net_o1 = (10⁶ − 10⁶) · σ(0.35) + 0.6 = 0.6, below t1 = 0.99, so
    // ∂E/∂w5 = (0.6 − 0.99) · σ(0.35) < 0 and the step raises w5 past 10⁶ (w6 moves inward).
    const pushed = withSettings({ act_o: 'linear' }, { i1: 0, i2: 0, w5: 1e6, w6: -1e6, t1: 0.99 });
    const run = train(pushed, 10);
    expect(run.divergence).toEqual({ reason: 'out-of-range', step: 1, param: 'w5' });
    expect(run.params).toEqual(pushed.params);
  });

  it('stops before a step that pushes a learned bias above 10⁶, and names it', () => {
    // Linear outputs −0.5·h1 − 0.5·h2 + 10⁶ fall short of the targets 10⁶ by about 0.6 each, so
    // ∂E/∂b2 = δ_o1 + δ_o2 ≈ −1.2 and the step lifts b2 by about 0.6, past its limit.
    const pushed = withSettings(
      { act_o: 'linear', biases: 'learned' },
      { t1: 1e6, t2: 1e6, b2: 1e6, w5: -0.5, w6: -0.5, w7: -0.5, w8: -0.5 },
    );
    const run = train(pushed, 10);
    expect(run.divergence).toEqual({ reason: 'out-of-range', step: 1, param: 'b2' });
    expect(run.params).toEqual(pushed.params);
    // And the mirror image: outputs 0.5·h1 + 0.5·h2 − 10⁶ above targets of −10⁶ push b2 below.
    const below = withSettings(
      { act_o: 'linear', biases: 'learned' },
      { t1: -1e6, t2: -1e6, b2: -1e6, w5: 0.5, w6: 0.5, w7: 0.5, w8: 0.5 },
    );
    expect(train(below, 10).divergence).toEqual({ reason: 'out-of-range', step: 1, param: 'b2' });
  });
});
