import { describe, expect, it } from 'vitest';
import { batchStep } from '../engine/batch';
import { batchHealth } from '../engine/batch-health';
import { readDataset } from '../engine/dataset';
import { ARTICLE_MODEL, defaultParams, DEFAULT_SETTINGS, type Model } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { train } from '../engine/train';
import { trainingHealth } from '../engine/train-health';
import { healthWords } from './health-words';

const afterTraining = (model: Model, steps: number) =>
  computeTrace({ ...model, params: train(model, steps).params });

describe('what the Train tab says about saturation', () => {
  it('η = 1000: both outputs flat, training stalled, and why the curve looks like success', () => {
    const model = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, lr: 1000 } };
    const words = healthWords(trainingHealth(afterTraining(model, 10)), 1000, 9);
    expect(words).toMatch(
      /^Units sit where the sigmoid is flat: out_o1 = 8\.1\u2009×\u200910⁻⁴¹ \(f′ = 8\.1\u2009×\u200910⁻⁴¹\), out_o2 = 1 − 2\.1\u2009×\u200910⁻¹² \(f′ = 2\.1\u2009×\u200910⁻¹²\)\./u,
    );
    expect(words).toContain('training has stalled, not converged');
    expect(words).toContain('(η = 1000)');
    expect(words).toContain('not because E_total = 0.0001 is as low as it goes');
  });

  it('says nothing about the article’s own run', () => {
    expect(healthWords(trainingHealth(afterTraining(ARTICLE_MODEL, 10_000)), 0.5, 9)).toBe('');
  });
});

describe('what the Data tab says about saturation over every row', () => {
  it('names the units flat on every row and the update that would move nothing', () => {
    const model: Model = {
      sizes: [2, 2, 1],
      params: { ...defaultParams([2, 2, 1]), lr: 1e-12, w5: 30, w6: 30, b2: 30 },
      settings: { ...DEFAULT_SETTINGS, biases: 'learned' },
    };
    const xor = readDataset('xor', [2, 2, 1]);
    const health = batchHealth(batchStep(model, xor, [0, 1, 2, 3], 'mean'));
    const words = healthWords(health, 1e-12, 9, 4);
    expect(words).toContain('A unit sits where the sigmoid is flat: o1 on all 4 rows (|f′| ≤ ');
    expect(words).toContain(
      'An update with the gradient over every row moves no weight by more than',
    );
    expect(words).toContain('training has stalled, not converged');
  });

  it('says nothing while the set can be learned', () => {
    const model: Model = {
      sizes: [2, 2, 1],
      params: defaultParams([2, 2, 1]),
      settings: DEFAULT_SETTINGS,
    };
    const xor = readDataset('xor', [2, 2, 1]);
    expect(healthWords(batchHealth(batchStep(model, xor, [0, 1, 2, 3], 'mean')), 0.5, 9, 4)).toBe(
      '',
    );
  });
});
