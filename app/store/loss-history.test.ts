import { describe, expect, it } from 'vitest';
import { appendLosses, EMPTY_LOSS_HISTORY, historyStep, type LossHistory } from './loss-history';

/** The error after step s of a made-up run: distinct at every step, so a wrong step shows. */
const lossAt = (s: number) => 1 / (s + 1);
const steps = (from: number, count: number) =>
  Float64Array.from({ length: count }, (_, k) => lossAt(from + k + 1));

function expectConsistent(history: LossHistory) {
  history.values.forEach((value, i) => expect(value).toBe(lossAt(historyStep(history, i))));
}

describe('the loss history', () => {
  it('keeps every step up to the limit', () => {
    const history = appendLosses(EMPTY_LOSS_HISTORY, lossAt(0), steps(0, 100), 1001);
    expect(history.values).toHaveLength(101);
    expect(history.stride).toBe(1);
    expect(history.steps).toBe(100);
    expectConsistent(history);
  });

  it('appends across runs, one step at a time or many', () => {
    let history = appendLosses(EMPTY_LOSS_HISTORY, lossAt(0), steps(0, 1), 1001);
    history = appendLosses(history, NaN, steps(1, 9), 1001);
    expect(history.values).toEqual(Array.from({ length: 11 }, (_, s) => lossAt(s)));
  });

  it('halves its resolution past the limit, staying bounded and true to the steps', () => {
    let history = EMPTY_LOSS_HISTORY;
    let done = 0;
    for (const chunk of [7, 1000, 3, 2500, 1, 1, 10_000, 333]) {
      history = appendLosses(history, lossAt(0), steps(done, chunk), 1001);
      done += chunk;
      expect(history.values.length).toBeLessThanOrEqual(1001);
      expect(history.steps).toBe(done);
      expect(history.values[history.values.length - 1]).toBe(lossAt(done));
      expectConsistent(history);
    }
    expect(history.stride).toBeGreaterThan(1);
    expect(history.values[0]).toBe(lossAt(0));
  });

  it('holds 10,000 steps at full resolution by default', () => {
    const history = appendLosses(EMPTY_LOSS_HISTORY, lossAt(0), steps(0, 10_000));
    expect(history.stride).toBe(1);
    expect(history.values).toHaveLength(10_001);
    const more = appendLosses(history, NaN, steps(10_000, 1));
    expect(more.stride).toBe(2);
    expect(more.steps).toBe(10_001);
    expectConsistent(more);
  });
});
