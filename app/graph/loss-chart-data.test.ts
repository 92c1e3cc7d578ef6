import { describe, expect, it } from 'vitest';
import { chartPoints, lossSummary, powerOfTenLabel } from './loss-chart-data';

const history = (values: number[], stride = 1, steps = (values.length - 1) * stride) => ({
  values,
  stride,
  steps,
});

describe('the loss chart’s data', () => {
  it('draws a short history point by point, at its steps', () => {
    const points = chartPoints(history([3, 2, 1], 4, 9));
    expect(points).toEqual([
      { step: 0, loss: 3 },
      { step: 4, loss: 2 },
      { step: 9, loss: 1 },
    ]);
  });

  it('thins a long history to the limit, keeping the ends and the extremes', () => {
    const values = Array.from({ length: 10_001 }, (_, s) => 1 / (s + 1));
    values[5_000] = 7; // a spike must survive the thinning
    const points = chartPoints(history(values), 1000);
    expect(points.length).toBeLessThanOrEqual(1000);
    expect(points[0]).toEqual({ step: 0, loss: 1 });
    expect(points.at(-1)).toEqual({ step: 10_000, loss: 1 / 10_001 });
    expect(points).toContainEqual({ step: 5_000, loss: 7 });
    const steps = points.map((p) => p.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('sums the curve up in words', () => {
    expect(lossSummary(history([0.2983711087600027, 3.510187782978859e-5], 10_000))).toBe(
      'Error from 0.298 to 0.0000351 over 10,000 steps',
    );
    expect(lossSummary(history([]))).toBe('No training history yet');
    expect(lossSummary(history([0.3, 0.29]))).toBe('Error from 0.3 to 0.29 over 1 step');
  });

  it('labels powers of ten', () => {
    expect(powerOfTenLabel(1e-4)).toBe('10⁻⁴');
    expect(powerOfTenLabel(1)).toBe('10⁰');
    expect(powerOfTenLabel(1e12)).toBe('10¹²');
  });
});
