/**
 * Each trace entry says what it is about — its neuron, its parameter, the neuron a
 * path goes through — so that no view has to read that back out of its id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIAS_PER, weightEdge, type Architecture } from './architecture';
import {
  ARTICLE_MODEL,
  defaultParams,
  DEFAULT_SETTINGS,
  paramIds,
  type BiasPer,
  type Model,
} from './model';
import { computeTrace, type QuantityKind, type TraceEntry } from './trace';

const about = (entry: TraceEntry) => [entry.neuron, entry.parameter, entry.via];

describe("the article's trace", () => {
  const trace = computeTrace({
    ...ARTICLE_MODEL,
    settings: { ...DEFAULT_SETTINGS, biases: 'learned' },
  });
  const entry = (id: string) => trace.entries.find((e) => e.id === id)!;

  it.each([
    ['net_h1', 'h1', null, null],
    ['out_o2', 'o2', null, null],
    ['E_o1', 'o1', null, null],
    ['E_total', null, null, null],
    ['dE_dout_o1', 'o1', null, null],
    ['dE_dout_h1_via_o2', 'h1', null, 'o2'],
    ['dE_dout_h1', 'h1', null, null],
    ['dout_h2_dnet_h2', 'h2', null, null],
    ['delta_o1', 'o1', null, null],
    ['dnet_o1_dw5', 'o1', 'w5', null],
    ['dE_dw5', null, 'w5', null],
    ['dE_db1', null, 'b1', null],
    ['w5_new', null, 'w5', null],
    ['b2_new', null, 'b2', null],
    ['E_total_new', null, null, null],
  ])('%s is about neuron %s, parameter %s, via %s', (id, neuron, parameter, via) => {
    expect(about(entry(id))).toEqual([neuron, parameter, via]);
  });
});

/** The kinds that belong to one neuron, and those that are about one parameter. */
const NEURON_KINDS: readonly QuantityKind[] = [
  'weighted-sum',
  'activation',
  'output-error',
  'error-slope',
  'path',
  'sum-of-paths',
  'activation-slope',
  'delta',
  'input',
];
const PARAMETER_KINDS: readonly QuantityKind[] = [
  'input',
  'weight-gradient',
  'bias-gradient',
  'update',
];

const network: fc.Arbitrary<[Architecture, BiasPer]> = fc.tuple(
  fc
    .integer({ min: 1, max: 3 })
    .chain((hidden) =>
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: hidden + 2, maxLength: hidden + 2 }),
    ),
  fc.constantFrom(...BIAS_PER),
);

describe('on any network, in either bias mode', () => {
  it('every entry names its neuron, parameter and path as its id and its graph elements do', () => {
    fc.assert(
      fc.property(
        network,
        fc.constantFrom('fixed', 'learned' as const),
        ([sizes, biasPer], biases) => {
          const model: Model = {
            sizes,
            params: defaultParams(sizes, biasPer),
            settings: { ...DEFAULT_SETTINGS, biases, bias_per: biasPer },
          };
          const trace = computeTrace(model);
          const neurons = trace.names.neurons.slice(1).flat();
          const params = paramIds(trace.names);
          for (const e of trace.entries) {
            expect(e.neuron !== null, `${e.id} neuron`).toBe(NEURON_KINDS.includes(e.kind));
            expect(e.parameter !== null, `${e.id} parameter`).toBe(
              PARAMETER_KINDS.includes(e.kind),
            );
            expect(e.via !== null, `${e.id} via`).toBe(e.kind === 'path');
            if (e.neuron !== null) {
              expect(neurons, e.id).toContain(e.neuron);
              expect(trace.names.neurons[e.layer], e.id).toContain(e.neuron);
              // ∂net/∂w lights the weight and its source; its neuron is the weight's target.
              if (e.kind === 'input') {
                expect(weightEdge(trace.names, e.parameter!)!.to, e.id).toBe(e.neuron);
              } else expect(e.touches, e.id).toContain(e.neuron);
            }
            if (e.parameter !== null) {
              expect(params, e.id).toContain(e.parameter);
              expect(e.touches, e.id).toContain(e.parameter);
            }
            if (e.via !== null) expect(trace.names.neurons[e.layer + 1], e.id).toContain(e.via);
            if (e.kind === 'weight-gradient' || e.kind === 'bias-gradient') {
              expect(e.id).toBe(`dE_d${e.parameter}`);
            }
            if (e.kind === 'update') expect(e.id).toBe(`${e.parameter}_new`);
          }
          // Every weight and bias has its gradient, and its update when it is learned.
          const gradients = trace.entries.filter((e) => e.kind.endsWith('-gradient'));
          expect(gradients.map((e) => e.parameter).sort()).toEqual(
            params.filter((id) => /^[wb]/.test(id)).sort(),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
