import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchStep, epochBatches, type BatchOptions } from './batch';
import { datasetError, trainBatches, trainUpdates, updatesPerEpoch } from './batch-run';
import { readDataset } from './dataset';
import { exampleModel } from './example';
import { defaultParams, DEFAULT_SETTINGS, type Model } from './model';
import { computeTrace } from './trace';

const xorNet: Model = {
  sizes: [2, 2, 1],
  params: { ...defaultParams([2, 2, 1]), lr: 2 },
  settings: { ...DEFAULT_SETTINGS, biases: 'learned' },
};
const xor = readDataset('xor', xorNet.sizes);
const circle = readDataset('circle', xorNet.sizes, 3);
const options = (size: number, extra: Partial<BatchOptions> = {}): BatchOptions => ({
  size,
  reduce: 'mean',
  shuffle: false,
  seed: 1,
  ...extra,
});

describe('a run in chunks', () => {
  it('joined, the chunks are the run in one go, to the last digit, whatever the cuts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        (size, shuffle, cuts) => {
          const batching = options(size, { shuffle, seed: 7 });
          const whole = trainBatches(xorNet, circle, batching, 2);
          let model = xorNet;
          let done = 0;
          const errors: number[] = [];
          const epochErrors: number[] = [];
          for (let k = 0; done < whole.updates; k++) {
            const count = Math.min(cuts[k % cuts.length]!, whole.updates - done);
            const chunk = trainUpdates(model, circle, batching, done, count);
            expect(chunk.updates).toBe(count);
            errors.push(...chunk.batchErrors);
            epochErrors.push(...chunk.epochEnds.map((end) => end.error));
            model = { ...model, params: chunk.params };
            done += count;
          }
          expect(model.params).toEqual(whole.params);
          expect(errors).toEqual([...whole.lossPerUpdate]);
          expect(epochErrors).toEqual([...whole.lossPerEpoch.subarray(1)]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('an update is the batch step the table shows; the epoch error the mean of the traces', () => {
    const batching = options(3);
    const first = trainUpdates(xorNet, xor, batching, 0, 1);
    const step = batchStep(xorNet, xor, epochBatches(4, batching, 0)[0]!, 'mean');
    expect(first.batchErrors[0]).toBe(step.E_total);
    for (const [id, value] of Object.entries(step.updated)) {
      expect(first.params[id.replace(/_new$/, '')]).toBe(value);
    }
    // The second update is the short last batch: an update of its own that ends the epoch.
    const second = trainUpdates({ ...xorNet, params: first.params }, xor, batching, 1, 1);
    expect(updatesPerEpoch(4, batching)).toBe(2);
    expect(second.epochEnds).toHaveLength(1);
    const after = { ...xorNet, params: second.params };
    const traces = xor.examples.map(
      (e) => computeTrace(exampleModel(after, e)).quantities.E_total!,
    );
    const mean = traces.reduce((a, b) => a + b, 0) / 4;
    expect(second.epochEnds[0]!.error).toBeCloseTo(mean, 14);
    expect(datasetError(after, xor)).toBe(second.epochEnds[0]!.error);
  });

  it('stops before an update whose batch error passed the limit, keeping the state', () => {
    const start = datasetError(xorNet, xor);
    const run = trainUpdates(xorNet, xor, options(4), 0, 10, { errorLimit: start / 2 });
    expect(run.updates).toBe(0);
    expect(run.divergence).toEqual({ reason: 'error-grew', step: 1 });
    expect(run.params).toEqual(xorNet.params);
  });

  it('trains XOR to a low error (η = 2, learned biases, one row per update)', () => {
    const run = trainBatches(xorNet, xor, options(1), 1000);
    expect(run.divergence).toBeNull();
    expect(run.lossPerEpoch[1000]).toBeLessThan(0.005);
  });
});
