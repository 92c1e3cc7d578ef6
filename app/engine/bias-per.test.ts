/**
 * bias_per = neuron: every non-input neuron its own bias, b_<neuron>. With each
 * neuron's bias equal to its layer's, the network is the article's, and every
 * figure of the reference must come out the same; ∂E/∂b of a shared bias is then
 * the sum of its neurons' own.
 */
import { describe, expect, it } from 'vitest';
import { figure, REFERENCE } from '../reference/reference';
import { networkNames } from './architecture';
import {
  ARTICLE_MODEL,
  checkModel,
  defaultParams,
  DEFAULT_SETTINGS,
  modelNames,
  paramIds,
  paramKind,
  switchBiasPer,
  type Model,
  type Settings,
} from './model';
import { COURSE_NOTATION } from './notation';
import { modelFromQuery, modelToQuery, strayParameterNotices } from './query';
import { computeTrace } from './trace';
import { train } from './train';

const perNeuron = (
  settings: Partial<Settings> = {},
  params: Record<string, number> = {},
): Model => ({
  sizes: [2, 2, 2],
  params: { ...defaultParams([2, 2, 2], 'neuron'), ...params },
  settings: { ...DEFAULT_SETTINGS, ...settings, bias_per: 'neuron' },
});

describe('the names of a bias per neuron', () => {
  it('are b_<neuron>, in neuron order, with no bias shared by a layer', () => {
    const names = networkNames([2, 2, 2], 'neuron');
    expect(names.biasIds).toEqual(['b_h1', 'b_h2', 'b_o1', 'b_o2']);
    expect(names.biases).toEqual(['', '', '']);
    expect(names.neuronBiases).toEqual([[], ['b_h1', 'b_h2'], ['b_o1', 'b_o2']]);
    expect(paramIds(names)).toEqual([
      ...['i1', 'i2', 't1', 't2'],
      ...['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'],
      ...['b_h1', 'b_h2', 'b_o1', 'b_o2', 'lr'],
    ]);
    expect(networkNames([3, 2, 1, 2], 'neuron').biasIds).toEqual([
      'b_h1_1',
      'b_h1_2',
      'b_h2_1',
      'b_o1',
      'b_o2',
    ]);
  });

  it('keep the article’s names with a bias per layer', () => {
    const names = networkNames([2, 2, 2]);
    expect(names).toBe(networkNames([2, 2, 2], 'layer'));
    expect(names.biasIds).toEqual(['b1', 'b2']);
    expect(names.neuronBiases).toEqual([[], ['b1', 'b1'], ['b2', 'b2']]);
    expect(names.biasSlots).toEqual(names.biases);
  });

  it('are biases to paramKind, and nothing else of that shape is', () => {
    for (const id of ['b_h1', 'b_h2_1', 'b_o6', 'b_h3_12']) expect(paramKind(id), id).toBe('bias');
    for (const id of ['b_i1', 'b_h0', 'b_o', 'b_', 'b_h1_0', 'b_x1', 'b_h1_1_1', 'b_o1_1']) {
      expect(paramKind(id), id).toBeUndefined();
    }
  });
});

describe('a bias per neuron, each equal to its layer’s', () => {
  const layer = computeTrace(ARTICLE_MODEL);
  const neuron = computeTrace(perNeuron({ biases: 'learned' }));

  it('gives every figure of the reference, as the article’s network does', () => {
    for (const [id, exact] of Object.entries(REFERENCE.exact)) {
      const value = neuron.quantities[id];
      if (value === undefined) continue; // figures after training, and the shared biases' gradients
      expect(Math.abs(value - exact), id).toBeLessThan(1e-12);
    }
    expect(neuron.quantities.E_total).toBe(layer.quantities.E_total);
  });

  it('splits each shared ∂E/∂b into its neurons’ deltas, which sum to the reference', () => {
    const q = neuron.quantities;
    expect(q.dE_db_h1).toBe(q.delta_h1);
    expect(q.dE_db_o2).toBe(q.delta_o2);
    expect(q.dE_db_h1! + q.dE_db_h2!).toBe(layer.quantities.dE_db1);
    expect(q.dE_db_o1! + q.dE_db_o2!).toBe(layer.quantities.dE_db2);
    expect(
      Math.abs(q.dE_db_o1! + q.dE_db_o2! - figure(REFERENCE.exact, 'dE_db2_not_applied')),
    ).toBeLessThan(1e-12);
    expect(
      Math.abs(q.dE_db_h1! + q.dE_db_h2! - figure(REFERENCE.exact, 'dE_db1_not_applied')),
    ).toBeLessThan(1e-12);
  });

  it('writes each bias, its gradient and its update by the neuron’s name', () => {
    const entry = (id: string) => neuron.entries.find((e) => e.id === id)!;
    expect(entry('net_h2').formula).toBe('w_{3}\\cdot i_{1}+w_{4}\\cdot i_{2}+b_{h2}\\cdot 1');
    expect(entry('net_h2').deps).toContain('b_h2');
    expect(entry('net_h2').touches).toContain('b_h2');
    expect(entry('dE_db_h2')).toMatchObject({
      kind: 'bias-gradient',
      layer: 1,
      symbol: '\\frac{\\partial E_{total}}{\\partial b_{h2}}',
      formula: '\\delta_{h2}',
      factors: ['delta_h2'],
    });
    expect(entry('b_h2_new')).toMatchObject({
      kind: 'update',
      symbol: 'b_{h2}^{+}',
      value: 0.35 - 0.5 * neuron.quantities.dE_db_h2!,
      factors: ['dE_db_h2'],
    });
    const ids = neuron.entries.map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('dE_db'))).toEqual([
      'dE_db_o1',
      'dE_db_o2',
      'dE_db_h1',
      'dE_db_h2',
    ]);
    expect(ids.filter((id) => /^b_.*_new$/.test(id))).toEqual([
      'b_o1_new',
      'b_o2_new',
      'b_h1_new',
      'b_h2_new',
    ]);
    const course = computeTrace(perNeuron(), COURSE_NOTATION);
    expect(course.entries.find((e) => e.id === 'dE_db_h1')!.symbol).toBe('db_{h1}');
  });

  it('names deeper neurons’ biases with a comma in TeX', () => {
    const model: Model = {
      sizes: [1, 2, 1, 1],
      params: defaultParams([1, 2, 1, 1], 'neuron'),
      settings: { ...DEFAULT_SETTINGS, bias_per: 'neuron' },
    };
    const trace = computeTrace(model);
    expect(trace.entries.find((e) => e.id === 'dE_db_h1_2')!.symbol).toBe(
      '\\frac{\\partial E_{total}}{\\partial b_{h1,2}}',
    );
  });
});

describe('a neuron’s own bias', () => {
  it('moves only its neuron’s net input', () => {
    const base = computeTrace(perNeuron());
    const moved = computeTrace(perNeuron({}, { b_h2: 0.35 + 1 }));
    expect(moved.quantities.net_h1).toBe(base.quantities.net_h1);
    expect(moved.quantities.net_h2).toBeCloseTo(base.quantities.net_h2! + 1, 14);
    expect(moved.quantities.net_o1).not.toBe(base.quantities.net_o1);
  });

  it('is learned alone when biases are learned, and kept when they are fixed', () => {
    const learned = train(perNeuron({ biases: 'learned' }, { b_o2: -1 }), 3);
    expect(learned.params.b_o1).not.toBe(learned.params.b_o2);
    expect(learned.params.b_o2).not.toBe(-1);
    const fixed = train(perNeuron({}, { b_o2: -1 }), 3);
    expect([fixed.params.b_o1, fixed.params.b_o2]).toEqual([0.6, -1]);
  });
});

describe('switching bias_per', () => {
  it('gives each neuron its layer’s bias, and back each layer its first neuron’s', () => {
    const split = switchBiasPer(ARTICLE_MODEL, 'neuron');
    expect(split.settings.bias_per).toBe('neuron');
    expect(split.params).toEqual(defaultParams([2, 2, 2], 'neuron'));
    expect(split.params).not.toHaveProperty('b1');
    const edited = { ...split, params: { ...split.params, b_h1: 0.1, b_h2: 0.2, b_o2: 0.9 } };
    const joined = switchBiasPer(edited, 'layer');
    expect(joined.params).toEqual({ ...ARTICLE_MODEL.params, b1: 0.1 });
    expect(joined.settings).toEqual(ARTICLE_MODEL.settings);
    expect(() => checkModel(joined)).not.toThrow();
    expect(switchBiasPer(ARTICLE_MODEL, 'layer')).toBe(ARTICLE_MODEL);
  });
});

describe('bias_per in the query', () => {
  it('is read before the biases it names, wherever it stands', () => {
    const { model, notices } = modelFromQuery([
      ['b_h2', '0.1'],
      ['bias_per', 'neuron'],
      ['layers', '2-3-2'],
      ['b_h3', '-0.2'],
    ]);
    expect(notices).toEqual([]);
    expect(model.settings.bias_per).toBe('neuron');
    expect(model.params).toEqual({
      ...defaultParams([2, 3, 2], 'neuron'),
      b_h2: 0.1,
      b_h3: -0.2,
    });
    expect(modelToQuery(model)).toEqual([
      ['layers', '2-3-2'],
      ['b_h2', '0.1'],
      ['b_h3', '-0.2'],
      ['bias_per', 'neuron'],
    ]);
  });

  it('switches a base’s biases, keeping their values', () => {
    const base: Model = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, b2: 0.8 } };
    const { model } = modelFromQuery([['bias_per', 'neuron']], base);
    expect([model.params.b_o1, model.params.b_o2]).toEqual([0.8, 0.8]);
  });

  it('leaves the other mode’s biases over, for a page to name', () => {
    const { model, rest, notices } = modelFromQuery([
      ['bias_per', 'neuron'],
      ['b1', '0.1'],
    ]);
    expect(notices).toEqual([]);
    expect(strayParameterNotices(rest, model)).toEqual([
      {
        key: 'b1',
        given: '0.1',
        message:
          'b1 is not a parameter of the 2-2-2 network with a bias per neuron, so it is ignored.',
      },
    ]);
  });

  it('refuses a bad bias_per by name and keeps the base’s biases', () => {
    const { model, notices, rest } = modelFromQuery([
      ['bias_per', 'unit'],
      ['b_h1', '0.1'],
      ['b1', '0.2'],
    ]);
    expect(model.settings.bias_per).toBe('layer');
    expect(model.params.b1).toBe(0.2);
    expect([...rest.keys()]).toEqual(['b_h1']);
    expect(notices).toEqual([
      {
        key: 'bias_per',
        given: 'unit',
        message:
          'bias_per must be one of layer, neuron; "unit" is not. Using bias_per = layer instead.',
      },
    ]);
  });

  it('is a setting a model may not lack', () => {
    const names = modelNames(perNeuron());
    expect(names.biasPer).toBe('neuron');
    const bad = {
      ...ARTICLE_MODEL,
      settings: { ...DEFAULT_SETTINGS, bias_per: 'unit' },
    } as unknown as Model;
    expect(() => checkModel(bad)).toThrow('bias_per must be one of layer, neuron; "unit" is not.');
  });
});
