import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { parseSeed } from '../engine/random';
import {
  isWellConditioned,
  MIN_GRADIENT,
  newSeed,
  practiceModel,
  practiceParams,
} from './practice';

const onGrid = (value: number, step: number) =>
  Math.abs(value / step - Math.round(value / step)) < 1e-9;

describe('practice numbers', () => {
  it('are well-conditioned and within their ranges for 1000 seeds', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const model = practiceModel(seed);
      const p = model.params;
      expect(p, `seed ${seed}`).not.toBe(ARTICLE_MODEL.params);
      for (const id of ['i1', 'i2']) {
        expect(p[id]).toBeGreaterThanOrEqual(0.05);
        expect(p[id]).toBeLessThanOrEqual(1);
        expect(onGrid(p[id]!, 0.05), `${id} = ${p[id]}`).toBe(true);
      }
      for (let k = 1; k <= 8; k++) {
        const w = p[`w${k}`]!;
        expect(w).toBeGreaterThanOrEqual(0.05);
        expect(w).toBeLessThanOrEqual(0.95);
        expect(String(w)).toMatch(/^0\.\d{1,2}$/);
      }
      for (const b of [p.b1!, p.b2!]) {
        expect(b).toBeGreaterThanOrEqual(0.1);
        expect(b).toBeLessThanOrEqual(0.9);
      }
      expect(p.t1!).toBeGreaterThanOrEqual(0.01);
      expect(p.t1!).toBeLessThan(0.5);
      expect(p.t2!).toBeGreaterThan(0.5);
      expect(p.t2!).toBeLessThanOrEqual(0.99);
      expect(p.lr).toBe(ARTICLE_MODEL.params.lr);

      const q = computeTrace(model).quantities;
      for (const out of ['out_h1', 'out_h2', 'out_o1', 'out_o2']) {
        expect(q[out]!).toBeGreaterThanOrEqual(0.02);
        expect(q[out]!).toBeLessThanOrEqual(0.98);
      }
      for (let k = 1; k <= 8; k++) {
        expect(Math.abs(q[`dE_dw${k}`]!)).toBeGreaterThanOrEqual(MIN_GRADIENT);
      }
    }
  });

  it('are the same for the same seed and differ between seeds', () => {
    expect(practiceParams(42)).toEqual(practiceParams(42));
    expect(practiceParams(42)).not.toEqual(practiceParams(43));
    const distinct = new Set(
      Array.from({ length: 200 }, (_, i) => JSON.stringify(practiceParams(i + 1))),
    );
    expect(distinct.size).toBe(200);
  });

  it('reject a saturated or flat exercise', () => {
    expect(isWellConditioned(ARTICLE_MODEL)).toBe(true);
    const saturated = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 9, w6: 9 } };
    expect(isWellConditioned(saturated)).toBe(false);
    const flat = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, i1: 0 } };
    expect(isWellConditioned(flat)).toBe(false); // ∂E/∂w1 = δh1 · i1 = 0
  });
});

describe('practice seeds', () => {
  it('a new seed is never the current one', () => {
    let calls = 0;
    const random = () => (calls++ === 0 ? 0 : 0.5); // first draw gives seed 1
    expect(newSeed(1, random)).not.toBe(1);
    const seed = newSeed(null);
    expect(parseSeed(String(seed))).toBe(seed);
  });
});
