/**
 * Architecture edits keep every value in its place: the article's figure grown
 * by a neuron or a layer, every kept value by its connection on random networks
 * and edits, and the refusals at the engine's limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import {
  checkArchitecture,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_SIZE,
  networkNames,
  weightEdge,
  type Architecture,
} from './architecture';
import { EngineError } from './errors';
import {
  ARTICLE_MODEL,
  BIAS_PER,
  checkModel,
  defaultParams,
  DEFAULT_SETTINGS,
  modelNames,
  type BiasPer,
  type Model,
} from './model';
import { resizeModel, resizeRefusal, seededRandom, type ArchitectureChange } from './resize';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

/** The article's values, from the reference file, by parameter id. */
const article = (id: string) => REFERENCE.params[id === 'lr' ? 'learning_rate' : id];

/** The id of the weight on a connection, in a network of these sizes. */
function weightOn(sizes: Architecture, from: string, to: string): string {
  const names = networkNames(sizes);
  const weight = names.weights.find((w) => {
    const edge = weightEdge(names, w.id)!;
    return edge.from === from && edge.to === to;
  });
  if (!weight) throw new Error(`no weight ${from}→${to} in ${sizes.join('-')}`);
  return weight.id;
}

const isSmallValue = (v: number) => Math.abs(v) <= 0.5 && Math.round(v * 100) / 100 === v;

describe('resizeModel on the article’s network', () => {
  it('adds a third hidden neuron: 2-3-2, h1→o1 still 0.4 and now named w7', () => {
    const { model, fresh } = resizeModel(ARTICLE_MODEL, { kind: 'add-neuron', layer: 1 }, 1);
    expect(model.sizes).toEqual([2, 3, 2]);
    expect(weightOn([2, 3, 2], 'h1', 'o1')).toBe('w7');
    expect(model.params.w7).toBe(article('w5'));
    // Every connection of the article's figure keeps its value under its new name.
    for (const [id, { from, to }] of Object.entries(REFERENCE.weightEdges)) {
      expect(model.params[weightOn([2, 3, 2], from, to)], `${id}: ${from}→${to}`).toBe(article(id));
    }
    // The connections of h3 are new: i1→h3, i2→h3, h3→o1, h3→o2.
    const h3 = [
      ['i1', 'h3'],
      ['i2', 'h3'],
      ['h3', 'o1'],
      ['h3', 'o2'],
    ] as const;
    expect(fresh).toEqual(h3.map(([from, to]) => weightOn([2, 3, 2], from, to)));
    expect(fresh).toEqual(['w5', 'w6', 'w9', 'w12']);
    for (const id of fresh) expect(isSmallValue(model.params[id]!), id).toBe(true);
    for (const id of ['i1', 'i2', 't1', 't2', 'b1', 'b2', 'lr']) {
      expect(model.params[id], id).toBe(article(id));
    }
    expect(Object.keys(model.params)).toHaveLength(2 + 2 + 12 + 2 + 1);
    expect(model.settings).toBe(ARTICLE_MODEL.settings);
    expect(() => checkModel(model)).not.toThrow();
  });

  it('adds a hidden layer whose outgoing weights are the old output weights; b2 becomes b3', () => {
    const { model, fresh } = resizeModel(ARTICLE_MODEL, { kind: 'add-layer' }, 7);
    expect(model.sizes).toEqual([2, 2, 2, 2]);
    // The outputs' incoming weights keep their values (now from h2_1, h2_2).
    expect([model.params.w9, model.params.w10, model.params.w11, model.params.w12]).toEqual(
      ['w5', 'w6', 'w7', 'w8'].map(article),
    );
    expect(weightEdge(networkNames([2, 2, 2, 2]), 'w9')).toEqual({ from: 'h2_1', to: 'o1' });
    expect([model.params.w1, model.params.w4, model.params.b1]).toEqual(
      ['w1', 'w4', 'b1'].map(article),
    );
    expect(model.params.b3).toBe(article('b2'));
    expect(fresh).toEqual(['w5', 'w6', 'w7', 'w8', 'b2']);
  });

  it('removes that layer again: the outputs take its outgoing values', () => {
    const grown = resizeModel(ARTICLE_MODEL, { kind: 'add-layer' }, 7).model;
    const { model, fresh } = resizeModel(grown, { kind: 'remove-layer' }, 8);
    expect(model.sizes).toEqual([2, 2, 2]);
    expect(fresh).toEqual([]);
    expect(model.params).toEqual(ARTICLE_MODEL.params);
  });

  it('adds an input and a target with the values of the article’s pattern', () => {
    const wider = resizeModel(ARTICLE_MODEL, { kind: 'add-neuron', layer: 0 }, 3);
    expect(wider.model.sizes).toEqual([3, 2, 2]);
    expect(wider.fresh).toEqual(['i3', 'w3', 'w6']);
    expect(wider.model.params.i3).toBe(defaultParams([3, 2, 2]).i3);
    const more = resizeModel(ARTICLE_MODEL, { kind: 'add-neuron', layer: 2 }, 3);
    expect(more.fresh).toEqual(['t3', 'w9', 'w10']);
    expect(more.model.params.t3).toBe(defaultParams([2, 2, 3]).t3);
  });

  it('keeps each neuron’s own bias by its place, with a bias per neuron', () => {
    const perNeuron: Model = {
      ...ARTICLE_MODEL,
      params: { ...defaultParams([2, 2, 2], 'neuron'), b_h2: -0.2, b_o2: 0.7 },
      settings: { ...DEFAULT_SETTINGS, bias_per: 'neuron' },
    };
    const wider = resizeModel(perNeuron, { kind: 'add-neuron', layer: 1 }, 5);
    expect(wider.fresh).toEqual(['w5', 'w6', 'w9', 'w12', 'b_h3']);
    expect([wider.model.params.b_h1, wider.model.params.b_h2]).toEqual([article('b1'), -0.2]);
    expect([wider.model.params.b_o1, wider.model.params.b_o2]).toEqual([article('b2'), 0.7]);
    const deeper = resizeModel(perNeuron, { kind: 'add-layer' }, 5);
    // h1, h2 become h1_1, h1_2; the new layer's biases are new; the outputs keep theirs.
    expect([deeper.model.params.b_h1_1, deeper.model.params.b_h1_2]).toEqual([article('b1'), -0.2]);
    expect(deeper.fresh).toEqual(['w5', 'w6', 'w7', 'w8', 'b_h2_1', 'b_h2_2']);
    expect(deeper.model.params.b_o2).toBe(0.7);
    expect(deeper.model.settings.bias_per).toBe('neuron');
  });

  it('gives the same new values for the same seed, and others for another', () => {
    const change: ArchitectureChange = { kind: 'add-neuron', layer: 1 };
    const a = resizeModel(ARTICLE_MODEL, change, 42).model.params;
    expect(resizeModel(ARTICLE_MODEL, change, 42).model.params).toEqual(a);
    const others = [1, 2, 3, 4].map((seed) => resizeModel(ARTICLE_MODEL, change, seed).model);
    expect(others.some((m) => m.params.w5 !== a.w5 || m.params.w6 !== a.w6)).toBe(true);
  });

  it('spreads new values over ±0.5 rather than at one end', () => {
    const random = seededRandom(2026);
    const draws = Array.from({ length: 2000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
    expect(draws.filter((d) => d < 0.5).length).toBeGreaterThan(900);
  });
});

describe('resizeRefusal', () => {
  it('refuses at the limits of 1 to 3 hidden layers and 1 to 6 neurons, saying which', () => {
    expect(MAX_HIDDEN_LAYERS).toBe(3);
    expect(MAX_LAYER_SIZE).toBe(6);
    expect(resizeRefusal([2, 6, 2], { kind: 'add-neuron', layer: 1 })).toBe(
      'A layer has at most 6 neurons, and hidden layer 1 has 6.',
    );
    expect(resizeRefusal([6, 2, 2], { kind: 'add-neuron', layer: 0 })).toBe(
      'A layer has at most 6 neurons, and the inputs have 6.',
    );
    expect(resizeRefusal([2, 2, 1], { kind: 'remove-neuron', layer: 2 })).toBe(
      'A layer has at least 1 neuron, and the outputs have only 1.',
    );
    expect(resizeRefusal([2, 2, 1, 2], { kind: 'remove-neuron', layer: 2 })).toBe(
      'A layer has at least 1 neuron, and hidden layer 2 has only 1.',
    );
    expect(resizeRefusal([2, 2, 2, 2, 2], { kind: 'add-layer' })).toBe(
      'A network has at most 3 hidden layers, and this one has 3.',
    );
    expect(resizeRefusal([2, 2, 2], { kind: 'remove-layer' })).toBe(
      'A network needs at least 1 hidden layer, and this one has only 1.',
    );
    expect(resizeRefusal([2, 2, 2], { kind: 'add-neuron', layer: 3 })).toMatch(/no layer 3/);
    expect(resizeRefusal([2, 2, 2], { kind: 'remove-neuron', layer: -1 })).toMatch(/no layer -1/);
    expect(resizeRefusal([2, 7, 2], { kind: 'add-layer' })).toBe(
      'Each layer has 1 to 6 neurons; got 7.',
    );
  });

  it('allows the edits just inside the limits', () => {
    expect(resizeRefusal([2, 5, 2], { kind: 'add-neuron', layer: 1 })).toBeNull();
    expect(resizeRefusal([2, 2, 2], { kind: 'remove-neuron', layer: 0 })).toBeNull();
    expect(resizeRefusal([2, 2, 2, 2], { kind: 'add-layer' })).toBeNull();
    expect(resizeRefusal([2, 2, 2, 2], { kind: 'remove-layer' })).toBeNull();
  });

  it('makes resizeModel throw the same words', () => {
    const change: ArchitectureChange = { kind: 'remove-layer' };
    try {
      resizeModel(ARTICLE_MODEL, change, 1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect(error).toMatchObject({ code: 'bad-architecture', subject: 'layers' });
      expect((error as Error).message).toBe(resizeRefusal([2, 2, 2], change));
    }
  });
});

// ---- random networks and edits ----

const architectureArb: fc.Arbitrary<number[]> = fc.array(fc.integer({ min: 1, max: 6 }), {
  minLength: 3,
  maxLength: 5,
});

const changeArb = (sizes: Architecture): fc.Arbitrary<ArchitectureChange> =>
  fc.oneof(
    fc.record({
      kind: fc.constantFrom('add-neuron' as const, 'remove-neuron' as const),
      layer: fc.integer({ min: 0, max: sizes.length - 1 }),
    }),
    fc.constantFrom({ kind: 'add-layer' as const }, { kind: 'remove-layer' as const }),
  );

/** Random values for every parameter, either bias mode, and settings other than the defaults (which must stay). */
function modelArb(sizes: Architecture): fc.Arbitrary<Model> {
  return fc.constantFrom(...BIAS_PER).chain((bias_per) => valuesArb(sizes, bias_per));
}

function valuesArb(sizes: Architecture, bias_per: BiasPer): fc.Arbitrary<Model> {
  const ids = Object.keys(defaultParams(sizes, bias_per));
  const value = fc.double({ min: -1000, max: 1000, noNaN: true });
  return fc
    .tuple(
      fc.array(value, { minLength: ids.length, maxLength: ids.length }),
      fc.double({ min: 0, max: 5, noNaN: true }),
    )
    .map(([values, lr]) => ({
      sizes,
      params: { ...Object.fromEntries(ids.map((id, k) => [id, values[k]!])), lr },
      settings: { ...DEFAULT_SETTINGS, act_h: 'tanh', bias_per },
    }));
}

/**
 * Where each old layer goes, written from the old network's side: add-layer
 * pushes the outputs one further; remove-layer drops the last hidden layer and
 * pulls the outputs one nearer.
 */
function expectedLayer(sizes: Architecture, change: ArchitectureChange, l: number): number | null {
  const last = sizes.length - 1;
  if (change.kind === 'add-layer' && l === last) return last + 1;
  if (change.kind === 'remove-layer') return l === last - 1 ? null : l === last ? last - 1 : l;
  return l;
}

function expectedSizes(sizes: Architecture, change: ArchitectureChange): number[] {
  const last = sizes.length - 1;
  if (change.kind === 'add-layer') return [...sizes.slice(0, last), sizes[last - 1]!, sizes[last]!];
  if (change.kind === 'remove-layer') return [...sizes.slice(0, last - 1), sizes[last]!];
  return sizes.map(
    (size, l) => size + (l === change.layer ? (change.kind === 'add-neuron' ? 1 : -1) : 0),
  );
}

const allowed = (sizes: number[]) => {
  try {
    checkArchitecture(sizes);
    return true;
  } catch {
    return false;
  }
};

describe('resizeModel on random networks', () => {
  it('keeps every value whose connection, neuron or layer remains, and marks the rest fresh', () => {
    const scenario = architectureArb
      .filter(allowed)
      .chain((sizes) => fc.tuple(modelArb(sizes), changeArb(sizes), fc.integer()));
    fc.assert(
      fc.property(scenario, ([model, change, seed]) => {
        const sizes = expectedSizes(model.sizes, change);
        const refusal = resizeRefusal(model.sizes, change);
        // Allowed exactly when the network it would make is one the engine takes.
        expect(refusal === null, `${model.sizes.join('-')} ${JSON.stringify(change)}`).toBe(
          allowed(sizes),
        );
        if (refusal !== null) {
          expect(() => resizeModel(model, change, seed)).toThrow(refusal);
          return;
        }
        const result = resizeModel(model, change, seed);
        expect(result.model.sizes).toEqual(sizes);
        const old = modelNames(model);
        const names = networkNames(sizes, model.settings.bias_per);
        const kept = new Map<string, number>(); // new id → the old value it must hold
        for (const w of old.weights) {
          const layer = expectedLayer(model.sizes, change, w.layer);
          if (layer === null) continue;
          const same = names.weights.find(
            (x) => x.layer === layer && x.target === w.target && x.source === w.source,
          );
          if (same) kept.set(same.id, model.params[w.id]!);
        }
        old.neuronBiases.forEach((ids, l) => {
          const layer = expectedLayer(model.sizes, change, l);
          ids.forEach((b, j) => {
            const same = layer === null ? undefined : names.neuronBiases[layer]![j];
            if (same !== undefined) kept.set(same, model.params[b]!);
          });
        });
        old.inputs.forEach((id) => names.inputs.includes(id) && kept.set(id, model.params[id]!));
        old.targets.forEach((id) => names.targets.includes(id) && kept.set(id, model.params[id]!));
        kept.set('lr', model.params.lr!);
        const defaults = defaultParams(sizes, model.settings.bias_per);
        expect(Object.keys(result.model.params).sort()).toEqual(Object.keys(defaults).sort());
        for (const [id, value] of kept) expect(result.model.params[id], id).toBe(value);
        const fresh = Object.keys(defaults).filter((id) => !kept.has(id));
        expect([...result.fresh].sort()).toEqual(fresh.sort());
        for (const id of fresh) {
          const value = result.model.params[id]!;
          if (/^[it]\d/.test(id)) expect(value, id).toBe(defaults[id]);
          else expect(isSmallValue(value), `${id} = ${value}`).toBe(true);
        }
        expect(result.model.settings).toBe(model.settings);
        expect(() => checkModel(result.model)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
