import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import {
  batchStep,
  epochBatches,
  epochOrder,
  exampleModel,
  firstBatch,
  type BatchOptions,
} from './batch';
import { EngineError } from './errors';
import { trainBatches } from './batch-run';
import { readDataset, type Dataset } from './dataset';
import { ARTICLE_MODEL, defaultParams, DEFAULT_SETTINGS, type Model } from './model';
import { computeTrace } from './trace';
import { train } from './train';

const options = (size: number, extra: Partial<BatchOptions> = {}): BatchOptions => ({
  size,
  reduce: 'mean',
  shuffle: false,
  seed: 1,
  ...extra,
});

const xorNet: Model = {
  sizes: [2, 2, 1],
  params: defaultParams([2, 2, 1]),
  settings: DEFAULT_SETTINGS,
};
const xor = readDataset('xor', xorNet.sizes);
const article: Dataset = {
  name: 'rows',
  examples: [{ inputs: [0.05, 0.1], targets: [0.01, 0.99] }],
};

describe('epochs and batches', () => {
  it('visit every example once per epoch; a short last batch is its own', () => {
    expect(epochBatches(10, options(4), 0)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(epochBatches(4, options(99), 0)).toEqual([[0, 1, 2, 3]]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 2 ** 32 - 1 }),
        fc.nat(50),
        (count, size, shuffle, seed, epoch) => {
          const batches = epochBatches(count, options(size, { shuffle, seed }), epoch);
          expect(batches.flat().sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
          const width = Math.min(size, count);
          expect(batches.slice(0, -1).every((b) => b.length === width)).toBe(true);
          expect(batches.at(-1)!.length).toBe(count - width * (batches.length - 1));
        },
      ),
    );
  });

  it('shuffle: the same order for the same seed and epoch, another for another epoch', () => {
    const shuffled = options(20, { shuffle: true, seed: 5 });
    expect(epochBatches(20, shuffled, 3)).toEqual(epochBatches(20, shuffled, 3));
    expect(epochBatches(20, shuffled, 3)).not.toEqual(epochBatches(20, shuffled, 4));
    expect(epochBatches(20, shuffled, 0)[0]).not.toEqual([...Array(20).keys()]);
  });

  it('shuffle: every order of the rows is equally likely', () => {
    // Three rows have 6 orders; over 6,000 seeds each should come about 1,000 times (the
    // count's spread is about 30: ±150 is five times that).
    const counts = new Map<string, number>();
    for (let seed = 1; seed <= 6000; seed++) {
      const order = epochOrder(3, options(3, { shuffle: true, seed }), 0).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['012', '021', '102', '120', '201', '210']);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});

describe('the first batch', () => {
  it('is the first rows, counted from 1, and their one update', () => {
    const first = firstBatch(xorNet, xor, options(3, { reduce: 'sum' }));
    const step = batchStep(xorNet, xor, [0, 1, 2], 'sum');
    expect(first).toEqual({
      size: 3,
      reduce: 'sum',
      examples: [1, 2, 3],
      E_total: step.E_total,
      gradients: step.gradients,
      updated: step.updated,
    });
  });

  it('shuffled, is the first batch of the first epoch’s order', () => {
    const shuffled = options(2, { shuffle: true, seed: 9 });
    const rows = epochBatches(4, shuffled, 0)[0]!;
    const first = firstBatch(xorNet, xor, shuffled);
    expect(first.examples).toEqual(rows.map((k) => k + 1));
    expect(first.E_total).toBe(batchStep(xorNet, xor, rows, 'mean').E_total);
  });
});

describe('one batch update', () => {
  it('refuses a batch with no example', () => {
    let refusal: unknown;
    try {
      batchStep(xorNet, xor, [], 'mean');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(EngineError);
    expect(refusal).toMatchObject({
      code: 'bad-data',
      subject: 'batch',
      message: 'A batch needs an example.',
    });
  });

  it("of the article's one example is the worked example's update", () => {
    const step = batchStep(ARTICLE_MODEL, article, [0], 'mean');
    // To 1e-12, as the engine's own figures are held to the independent float64 ones.
    const close = (value: number | undefined, exact: number | undefined) =>
      expect(Math.abs(value! - exact!)).toBeLessThanOrEqual(1e-12 * Math.abs(exact!));
    close(step.E_total, REFERENCE.exact.E_total);
    close(step.gradients.dE_dw5, REFERENCE.exact.dE_dw5);
    close(step.updated.w5_new, REFERENCE.exact.w5_new);
    close(step.updated.w1_new, REFERENCE.exact.w1_new);
    // And exactly the single trace's numbers: a batch of one changes nothing.
    const updates = computeTrace(ARTICLE_MODEL).entries.filter((e) => e.kind === 'update');
    expect(step.updated).toEqual(Object.fromEntries(updates.map((e) => [e.id, e.value])));
  });

  it('averages the examples’ gradients (mean) or adds them (sum)', () => {
    const step = batchStep(xorNet, xor, [0, 1, 2, 3], 'mean');
    const summed = batchStep(xorNet, xor, [0, 1, 2, 3], 'sum');
    const single = xor.examples.map((e) => computeTrace(exampleModel(xorNet, e)).quantities);
    expect(Object.keys(step.gradients).sort()).toEqual([
      'dE_db1',
      'dE_db2',
      'dE_dw1',
      'dE_dw2',
      'dE_dw3',
      'dE_dw4',
      'dE_dw5',
      'dE_dw6',
    ]);
    for (const [id, value] of Object.entries(step.gradients)) {
      const sum = single.reduce((s, q) => s + q[id]!, 0);
      expect(value).toBe(sum / 4);
      expect(summed.gradients[id]).toBe(sum);
    }
    expect(step.updated.w1_new).toBe(xorNet.params.w1! - 0.5 * step.gradients.dE_dw1!);
    expect(summed.updated.w1_new).toBe(xorNet.params.w1! - 0.5 * summed.gradients.dE_dw1!);
  });

  it('is the derivative of the batch error (central differences)', () => {
    const indices = [0, 1, 3];
    const error = (model: Model) => batchStep(model, xor, indices, 'mean').E_total;
    const step = batchStep(xorNet, xor, indices, 'mean');
    const h = 1e-6;
    for (const [id, gradient] of Object.entries(step.gradients)) {
      const param = id.slice(4);
      const at = (d: number) => ({
        ...xorNet,
        params: { ...xorNet.params, [param]: xorNet.params[param]! + d },
      });
      const numeric = (error(at(h)) - error(at(-h))) / (2 * h);
      expect(Math.abs(numeric - gradient)).toBeLessThan(1e-8);
    }
  });
});

describe('training on mini-batches', () => {
  it('one full-batch epoch is the batch update shown, to the last digit', () => {
    const step = batchStep(xorNet, xor, [0, 1, 2, 3], 'mean');
    const run = trainBatches(xorNet, xor, options(4), 1);
    expect(run.updates).toBe(1);
    expect(run.lossPerUpdate[0]).toBe(step.E_total);
    for (const [id, value] of Object.entries(step.updated)) {
      expect(run.params[id.replace(/_new$/, '')]).toBe(value);
    }
  });

  it("one example, batch of one: the same run as the worked example's training", () => {
    const run = trainBatches(ARTICLE_MODEL, article, options(1), 100);
    const reference = train(ARTICLE_MODEL, 100);
    expect(run.params).toEqual(reference.params);
    expect(run.lossPerEpoch[100]).toBe(reference.losses[99]);
  });

  it('counts a short last batch as an update of its own, and epochs as such', () => {
    const five: Dataset = { name: 'rows', examples: [...xor.examples, xor.examples[0]!] };
    const run = trainBatches(xorNet, five, options(2), 3);
    expect(run.updates).toBe(9);
    expect(run.epochs).toBe(3);
    expect(run.lossPerEpoch).toHaveLength(4);
  });

  it('brings the error of XOR down', () => {
    const run = trainBatches(
      { ...xorNet, params: { ...xorNet.params, lr: 2 } },
      xor,
      options(4),
      2000,
    );
    expect(run.divergence).toBeNull();
    expect(run.lossPerEpoch[2000]!).toBeLessThan(run.lossPerEpoch[0]!);
  });

  it('stops before an update that would leave a weight’s range, keeping the state before it', () => {
    const linear = { ...DEFAULT_SETTINGS, act_h: 'linear', act_o: 'linear' } as const;
    const wild = { ...xorNet, settings: linear, params: { ...xorNet.params, lr: 50 } };
    const run = trainBatches(wild, readDataset('circle', [2, 2, 1], 1), options(10), 50);
    expect(run.divergence?.reason).toMatch(/^(out-of-range|not-finite)$/);
    expect(run.updates).toBe(run.divergence!.step - 1);
    for (const value of Object.values(run.params)) expect(Math.abs(value)).toBeLessThanOrEqual(1e6);
  });
});
