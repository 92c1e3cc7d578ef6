/**
 * The edges of what the engine accepts: each limit itself and the next float past
 * it, the largest learning rate on the largest weights, targets of exactly 0 and 1
 * under cross-entropy, a dead ReLU unit and saturated tanh and sigmoid units. Every
 * trace value stays finite, and where a unit passes no gradient the gradients
 * through it are exactly zero. (Parsing and ranges in general: bad-input.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS } from './activations';
import { networkNames } from './architecture';
import { EngineError } from './errors';
import { ceClamped, CE_CLAMP } from './losses';
import {
  ARTICLE_MODEL,
  checkParam,
  paramIds,
  paramKind,
  PARAM_LIMITS,
  type Model,
  type Settings,
} from './model';
import { modelFromQuery } from './query';
import { computeTrace } from './trace';
import { train } from './train';

const NAMES = networkNames([2, 2, 2]);

const model = (params: Record<string, number>, settings: Partial<Settings> = {}): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
  settings: { ...ARTICLE_MODEL.settings, ...settings },
});

const finiteTrace = (m: Model) => {
  const trace = computeTrace(m);
  expect(trace.entries.filter((e) => !Number.isFinite(e.value)).map((e) => e.id)).toEqual([]);
  return trace.quantities;
};

/** The next float64 away from zero (past a limit). */
function outward(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x === 0 ? -0 : x);
  if (x === 0) return -Number.MIN_VALUE;
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

describe('the parameter limits, at their edges', () => {
  for (const id of paramIds(NAMES)) {
    const [min, max] = PARAM_LIMITS[paramKind(id)!];
    it(`${id}: ${min} and ${max} are accepted, the next float past either is refused`, () => {
      expect(checkParam(NAMES, id, min)).toBe(min);
      expect(checkParam(NAMES, id, max)).toBe(max);
      for (const past of [outward(min), outward(max)]) {
        expect(() => checkParam(NAMES, id, past)).toThrow(EngineError);
      }
      // The same through the query: the limit is read, the float past it refused by name.
      const read = modelFromQuery([[id, String(max)]]);
      expect(read.model.params[id]).toBe(max);
      expect(read.notices).toEqual([]);
      const refused = modelFromQuery([[id, String(outward(max))]]);
      expect(refused.notices.map((n) => n.key)).toEqual([id]);
    });
  }

  it('the largest learning rate on ±1e3 weights: a finite trace under every activation', () => {
    const params = {
      lr: 1e3,
      w1: 1e3,
      w2: -1e3,
      w3: 1e3,
      w4: -1e3,
      w5: -1e3,
      w6: 1e3,
      w7: 1e3,
      w8: -1e3,
    };
    for (const act_h of ACTIVATION_IDS) {
      for (const act_o of ACTIVATION_IDS)
        finiteTrace(model(params, { act_h, act_o, biases: 'learned' }));
    }
  });
});

describe('cross-entropy with targets of exactly 0 and 1', () => {
  it('outputs saturated the right way: a loss near 0, never log(0)', () => {
    const q = finiteTrace(
      model({ t1: 1, t2: 0, w5: 1e3, w6: 1e3, w7: -1e3, w8: -1e3 }, { loss: 'ce' }),
    );
    expect(q.out_o1).toBe(1);
    expect(q.out_o2).toBe(0);
    // −ln(1 − 1e-15) each: the clamp keeps the logarithm finite.
    expect(q.E_total).toBeGreaterThan(0);
    expect(q.E_total).toBeLessThan(1e-14);
    expect(q.delta_o1).toBe(0);
    expect(q.delta_o2).toBe(0);
  });

  it('says when out goes through the clamp (what the formula panel explains)', () => {
    expect([0, 1, 1e-16, 1 - 1e-16].map(ceClamped)).toEqual([true, true, true, true]);
    expect([CE_CLAMP, 0.5, 1 - CE_CLAMP].map(ceClamped)).toEqual([false, false, false]);
  });

  it('outputs saturated the wrong way: a large but finite loss, δ = out − t exactly', () => {
    const q = finiteTrace(
      model({ t1: 0, t2: 1, w5: 1e3, w6: 1e3, w7: -1e3, w8: -1e3 }, { loss: 'ce' }),
    );
    expect(q.E_total).toBeCloseTo(2 * -Math.log(1e-15), 1);
    expect(q.delta_o1).toBe(1);
    expect(q.delta_o2).toBe(-1);
    const run = train(
      model({ t1: 0, t2: 1, w5: 1e3, w6: 1e3, w7: -1e3, w8: -1e3 }, { loss: 'ce' }),
      50,
    );
    expect(Array.from(run.losses.subarray(0, run.steps)).every(Number.isFinite)).toBe(true);
  });
});

describe('units that pass no gradient', () => {
  it('a dead ReLU unit: out = 0, and every gradient through it exactly 0', () => {
    // net_h1 = −10·0.05 − 10·0.1 + 0.35 < 0: h1 is off for this input.
    const q = finiteTrace(model({ w1: -10, w2: -10 }, { act_h: 'relu' }));
    expect(q.net_h1).toBeLessThan(0);
    expect(q.out_h1).toBe(0);
    expect(q.dout_h1_dnet_h1).toBe(0);
    for (const id of ['delta_h1', 'dE_dw1', 'dE_dw2', 'dE_dw5', 'dE_dw7']) {
      expect(Math.abs(q[id]!), id).toBe(0);
    }
    expect(q.w1_new).toBe(-10);
    expect(q.w2_new).toBe(-10);
    // h2 is alive and still learns.
    expect(q.dE_dw3).not.toBe(0);
  });

  it.each(['tanh', 'sigmoid'] as const)(
    'saturated %s hidden units: slope 0 or next to it, gradients too, all finite',
    (act_h) => {
      // net_h ≈ ±150: tanh is ±1 exactly, the sigmoid 1 or e^−150 (its slope, ~1e-65, is not quite 0).
      const q = finiteTrace(model({ w1: 1e3, w2: 1e3, w3: -1e3, w4: -1e3 }, { act_h }));
      for (const id of [
        'dout_h1_dnet_h1',
        'dout_h2_dnet_h2',
        'dE_dw1',
        'dE_dw2',
        'dE_dw3',
        'dE_dw4',
      ]) {
        expect(Math.abs(q[id]!), id).toBeLessThan(1e-60);
      }
      if (act_h === 'tanh') expect(q.dE_dw1).toBe(0);
    },
  );
});
