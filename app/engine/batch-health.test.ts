import { describe, expect, it } from 'vitest';
import { batchStep } from './batch';
import { batchHealth, datasetHealth } from './batch-health';
import { trainBatches } from './batch-run';
import { readDataset } from './dataset';
import { exampleModel } from './example';
import { defaultParams, DEFAULT_SETTINGS, type Model } from './model';
import { computeTrace } from './trace';
import { SATURATED_SHARE, trainingHealth } from './train-health';

const net = (lr: number, params: Record<string, number> = {}): Model => ({
  sizes: [2, 2, 1],
  params: { ...defaultParams([2, 2, 1]), lr, ...params },
  settings: { ...DEFAULT_SETTINGS, biases: 'learned' },
});
const xor = readDataset('xor', [2, 2, 1]);
const all = [0, 1, 2, 3];

describe('the health of training on many rows', () => {
  it('a batch of one row is the one example’s health', () => {
    const model = net(0.5, { w5: 40, w6: 40 });
    const one = { name: 'rows', examples: [xor.examples[3]!] };
    const health = batchHealth(batchStep(model, one, [0], 'mean'));
    const single = trainingHealth(computeTrace(exampleModel(model, xor.examples[3]!)));
    expect(health).toEqual({ ...single, rows: 1 });
  });

  it('a unit is flat for the set only when it is flat on every row', () => {
    // o1 is driven far positive on every row: flat everywhere.
    const flat = net(0.5, { w5: 30, w6: 30, b2: 30 });
    const health = batchHealth(batchStep(flat, xor, all, 'mean'));
    expect(health.saturated.map((u) => u.neuron)).toEqual(['o1']);
    const slopes = all.map(
      (k) => computeTrace(exampleModel(flat, xor.examples[k]!)).quantities.dout_o1_dnet_o1!,
    );
    // The row where it is least flat is the one quoted.
    expect(health.saturated[0]!.slope).toBe(Math.max(...slopes));
    expect(Math.max(...slopes)).toBeLessThanOrEqual(SATURATED_SHARE * 0.25);
    // h1 flat on the rows with an input, not on 0,0 (its net is then its bias alone).
    const half = net(0.5, { w1: 40, w2: 40 });
    const rows = all.map((k) => trainingHealth(computeTrace(exampleModel(half, xor.examples[k]!))));
    expect(rows.filter((h) => h.saturated.some((u) => u.neuron === 'h1'))).toHaveLength(3);
    expect(batchHealth(batchStep(half, xor, all, 'mean')).saturated).toEqual([]);
  });

  it('the step is η times the largest batch gradient; a solved set is not stalled', () => {
    const model = net(2);
    const step = batchStep(model, xor, all, 'mean');
    const largest = Math.max(...Object.values(step.gradients).map((g) => Math.abs(g)));
    expect(batchHealth(step).largestStep).toBe(2 * largest);
    const solved = {
      ...model,
      params: trainBatches(model, xor, { size: 1, reduce: 'mean', shuffle: false, seed: 1 }, 1000)
        .params,
    };
    expect(batchHealth(batchStep(solved, xor, all, 'mean')).stalled).toBe(false);
  });
});

describe('the health over every row, from the numerical core', () => {
  const circle = readDataset('circle', [2, 6, 6, 1], 3);
  const wide = (settings: Partial<Model['settings']>, params: Record<string, number> = {}) => ({
    sizes: [2, 6, 6, 1],
    params: { ...defaultParams([2, 6, 6, 1], settings.bias_per ?? 'layer'), ...params },
    settings: { ...DEFAULT_SETTINGS, ...settings },
  });
  const rows = (n: number) => [...Array(n).keys()];
  it.each([
    ['XOR, o1 flat on every row', net(0.5, { w5: 30, w6: 30, b2: 30 }), xor, 'mean'],
    ['XOR, h1 flat on some rows', net(0.5, { w1: 40, w2: 40 }), xor, 'sum'],
    ['XOR, nothing left to learn', net(1e-9), xor, 'mean'],
    ['circle on 2-6-6-1', wide({ biases: 'learned' }), circle, 'mean'],
    ['circle, tanh hidden, summed', wide({ act_h: 'tanh' }, { w1: 9, w2: -9 }), circle, 'sum'],
    [
      'circle, relu hidden, a bias per neuron',
      wide({ act_h: 'relu', bias_per: 'neuron', biases: 'learned' }),
      circle,
      'mean',
    ],
  ] as const)('%s: the traces’ figures to the last digit', (_, model, dataset, reduce) => {
    const fromTraces = batchHealth(
      batchStep(model, dataset, rows(dataset.examples.length), reduce),
    );
    expect(datasetHealth(model, dataset, reduce)).toEqual(fromTraces);
  });
});
