/**
 * The codec round-trips: any model of any supported network — its architecture,
 * either bias mode, every parameter and every setting — written by modelToQuery
 * reads back the same through modelFromQuery, with no notice. Links, the embed's
 * messages, the CLI and lesson steps all rest on this.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS } from './activations';
import { BIAS_PER, type Architecture } from './architecture';
import { LOSS_IDS } from './losses';
import {
  BIAS_MODES,
  checkModel,
  HIDDEN_DELTA_MODES,
  modelNames,
  PARAM_LIMITS,
  paramIds,
  paramKind,
  type Model,
  type Settings,
} from './model';
import { modelFromQuery, modelToQuery } from './query';
import { networkNames } from './architecture';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const architecture: fc.Arbitrary<Architecture> = fc
  .integer({ min: 1, max: 3 })
  .chain((hidden) =>
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: hidden + 2, maxLength: hidden + 2 }),
  );

const settings: fc.Arbitrary<Settings> = fc
  .record({
    act_h: fc.constantFrom(...ACTIVATION_IDS),
    act_o: fc.constantFrom(...ACTIVATION_IDS),
    loss: fc.constantFrom(...LOSS_IDS),
    biases: fc.constantFrom(...BIAS_MODES),
    hidden_deltas: fc.constantFrom(...HIDDEN_DELTA_MODES),
    bias_per: fc.constantFrom(...BIAS_PER),
  })
  // Cross-entropy comes only with a sigmoid output (checkModel).
  .map((s) => ({ ...s, act_o: s.loss === 'ce' ? 'sigmoid' : s.act_o }));

/** Any value in [min, max]: round ones, tiny ones, −0, the limits themselves. */
const value = (min: number, max: number) =>
  fc.oneof(
    fc.double({ min, max, noNaN: true }),
    fc.integer({ min: -1000, max: 1000 }).map((k) => Math.min(max, Math.max(min, k / 100))),
    fc.constantFrom(min, max, 0, 1e-300),
  );

const model: fc.Arbitrary<Model> = fc.tuple(architecture, settings).chain(([sizes, s]) => {
  const record: Record<string, fc.Arbitrary<number>> = {};
  for (const id of paramIds(networkNames(sizes, s.bias_per))) {
    const kind = paramKind(id)!;
    const [min, max] = kind === 'target' && s.loss === 'ce' ? [0, 1] : PARAM_LIMITS[kind];
    record[id] = value(min, max);
  }
  return fc.record(record).map((params) => ({ sizes, params, settings: s }));
});

describe('the query codec', () => {
  it('reads back any model it writes, with no notice', () => {
    fc.assert(
      fc.property(model, (given) => {
        checkModel(given);
        const query = modelToQuery(given);
        const read = modelFromQuery(query);
        expect(read.notices).toEqual([]);
        expect([...read.rest]).toEqual([]);
        expect(read.model).toEqual(given);
        // −0 and 0 differ to toEqual only where both are numbers; say so for each parameter.
        for (const id of paramIds(modelNames(given))) {
          expect(Object.is(read.model.params[id], given.params[id]), id).toBe(true);
        }
        expect(modelToQuery(read.model)).toEqual(query);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back the same model through a URL’s text', () => {
    fc.assert(
      fc.property(model, (given) => {
        const text = new URLSearchParams(modelToQuery(given)).toString();
        expect(modelFromQuery(new URLSearchParams(text)).model).toEqual(given);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
