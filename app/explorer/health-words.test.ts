import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, type Model } from '../engine/model';
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
