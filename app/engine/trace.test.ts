/**
 * The trace's shape: the ids every view relies on, their order, and the
 * bookkeeping (factors, deps, touches) that the step-through and the graph read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Architecture } from './architecture';
import { ARTICLE_MODEL, defaultParams, type Model, type Settings } from './model';
import { computeTrace, PHASES, type Trace, type TraceEntry } from './trace';

const withSettings = (settings: Partial<Settings>, model: Model = ARTICLE_MODEL): Model => ({
  ...model,
  settings: { ...model.settings, ...settings },
});

const ids = (trace: Trace) => trace.entries.map((e) => e.id);
const entry = (trace: Trace, id: string): TraceEntry => {
  const found = trace.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

/**
 * What a learner checks by hand: a gradient or delta equals the product of the
 * factors shown beside it, and ∂E/∂out of a hidden neuron the sum of its terms.
 */
function expectFactorsConsistent(trace: Trace) {
  const q = trace.quantities;
  const param = (id: string) => q[id] ?? trace.model.params[id]!;
  for (const e of trace.entries) {
    const values = e.factors.map((f) => q[f]!);
    let expected: number | undefined;
    // A term via a neuron of the next layer is δ · w, where w is a parameter (or w⁺), not a factor.
    if (e.id.includes('_via_')) expected = e.deps.map(param).reduce((a, b) => a * b, 1);
    // A sigmoid output's δ under cross-entropy is computed directly (out − t): it has no factors.
    else if (/^(delta_|dE_dw)/.test(e.id) && values.length > 0)
      expected = values.reduce((a, b) => a * b, 1);
    else if (/^(dE_dout_|dE_db)/.test(e.id) && values.length > 0)
      expected = values.reduce((a, b) => a + b, 0);
    if (expected === undefined) continue;
    const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
    expect(Math.abs(e.value - expected) / scale, `${e.id}: ${e.substituted}`).toBeLessThan(1e-12);
  }
}

const FORWARD = ['net_h1', 'out_h1', 'net_h2', 'out_h2', 'net_o1', 'out_o1', 'net_o2', 'out_o2'];
const LOSS = ['E_o1', 'E_o2', 'E_total'];
const BACKWARD = [
  ...['dE_dout_o1', 'dout_o1_dnet_o1', 'delta_o1', 'dE_dout_o2', 'dout_o2_dnet_o2', 'delta_o2'],
  ...['dE_dw5', 'dE_dw6', 'dE_dw7', 'dE_dw8'],
  ...['dE_dout_h1', 'dout_h1_dnet_h1', 'delta_h1', 'dE_dout_h2', 'dout_h2_dnet_h2', 'delta_h2'],
  ...['dE_dw1', 'dE_dw2', 'dE_dw3', 'dE_dw4', 'dE_db1', 'dE_db2'],
];
const WEIGHT_UPDATES = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'].map((w) => `${w}_new`);

const SETTING_VARIANTS: Partial<Settings>[] = [
  {},
  { biases: 'learned' },
  { hidden_deltas: 'updated' },
  { biases: 'learned', hidden_deltas: 'updated' },
  { act_h: 'tanh', act_o: 'linear' },
  { act_h: 'relu', loss: 'ce' },
];

// Each test computes its trace in beforeEach rather than once per describe block: a trace takes
// a fraction of a millisecond, and mutation testing (stryker.config.mjs) then knows which tests
// run which engine code, instead of rerunning every test for each mutant.
describe('the article trace', () => {
  let trace: Trace;
  beforeEach(() => {
    trace = computeTrace(ARTICLE_MODEL);
  });

  it.each([
    ['forward', FORWARD],
    ['loss', LOSS],
    ['backward', BACKWARD],
    ['update', WEIGHT_UPDATES],
  ] as const)('has every %s id the views rely on, in that phase', (phase, required) => {
    for (const id of required) expect(entry(trace, id).phase).toBe(phase);
  });

  it('forward and loss ids come exactly in the order a person computes them', () => {
    expect(ids(trace).slice(0, FORWARD.length + LOSS.length)).toEqual([...FORWARD, ...LOSS]);
  });

  it('has no bias updates while biases are fixed', () => {
    expect(ids(trace)).not.toContain('b1_new');
    expect(ids(trace)).not.toContain('b2_new');
  });

  it('delta_o1 = ∂E/∂out_o1 · ∂out_o1/∂net_o1', () => {
    const q = trace.quantities;
    expect(q.delta_o1).toBe(q.dE_dout_o1! * q.dout_o1_dnet_o1!);
    expect(entry(trace, 'delta_o1').factors).toEqual(['dE_dout_o1', 'dout_o1_dnet_o1']);
  });

  it('∂E/∂out_h1 is the sum of its terms via o1 and o2', () => {
    const sum = entry(trace, 'dE_dout_h1');
    expect(sum.factors).toEqual(['dE_dout_h1_via_o1', 'dE_dout_h1_via_o2']);
    const q = trace.quantities;
    expect(sum.value).toBe(q.dE_dout_h1_via_o1! + q.dE_dout_h1_via_o2!);
    expect(q.dE_dout_h1_via_o1).toBe(q.delta_o1! * 0.4); // w5
    expect(q.dE_dout_h1_via_o2).toBe(q.delta_o2! * 0.5); // w7
  });

  it('∂E/∂w1 lights the whole path from w1 back through both outputs', () => {
    const touches = entry(trace, 'dE_dw1').touches;
    for (const element of ['w1', 'h1', 'w5', 'w7', 'o1', 'o2', 'i1']) {
      expect(touches).toContain(element);
    }
    expect(touches).not.toContain('w2');
  });

  it('lights, for each quantity, the parts of the network its formula reads, and its factors’', () => {
    // Read off the article's figure: net_h1 = w1·i1 + w2·i2 + b1·1 sits on h1; E_o1 = ½(t1 − out_o1)².
    const sorted = (id: string) => [...entry(trace, id).touches].sort();
    expect(sorted('net_h1')).toEqual(['b1', 'h1', 'i1', 'i2', 'w1', 'w2']);
    expect(sorted('out_h1')).toEqual(['h1']);
    expect(sorted('E_o1')).toEqual(['o1', 't1']);
    expect(sorted('E_total')).toEqual(['o1', 'o2', 't1', 't2']);
    expect(sorted('dE_dout_o1')).toEqual(['o1', 't1']);
    expect(sorted('dout_o1_dnet_o1')).toEqual(['o1']);
    expect(sorted('delta_o1')).toEqual(['o1', 't1']);
    // ∂E/∂out_h1 runs back from both outputs, over w5 (h1 → o1) and w7 (h1 → o2).
    expect(sorted('dE_dout_h1')).toEqual(['h1', 'o1', 'o2', 't1', 't2', 'w5', 'w7']);
    expect(sorted('delta_h1')).toEqual(['h1', 'o1', 'o2', 't1', 't2', 'w5', 'w7']);
    // The error after the update is the outputs against the targets again.
    expect(sorted('E_total_new')).toEqual(['o1', 'o2', 't1', 't2']);
    // ∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · out_h1, and w5⁺ = w5 − η ∂E/∂w5 reads all of it.
    expect(sorted('dE_dw5')).toEqual(['h1', 'o1', 't1', 'w5']);
    expect(sorted('w5_new')).toEqual(['h1', 'o1', 't1', 'w5']);
    expect(entry(trace, 'w5_new').factors).toEqual(['dE_dw5']);
    // ∂E/∂b2 = δ_o1 + δ_o2: the bias and both outputs.
    expect(sorted('dE_db2')).toEqual(['b2', 'o1', 'o2', 't1', 't2']);
  });

  it('E_total after the update belongs to the output layer, and says it is E_total again', () => {
    const after = entry(trace, 'E_total_new');
    // Layers count 0 (inputs), 1 (hidden), 2 (outputs), as E_total's does.
    expect(after.layer).toBe(2);
    expect(entry(trace, 'E_total').layer).toBe(2);
    expect(after.formula).toContain('E_{total}');
    expect(after.formula).toContain('w^{+}');
  });

  it('every weight update is w − η ∂E/∂w', () => {
    for (const w of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']) {
      const update = entry(trace, `${w}_new`);
      expect(update.deps).toEqual([w, 'lr', `dE_d${w}`]);
      expect(update.value).toBe(ARTICLE_MODEL.params[w]! - 0.5 * trace.quantities[`dE_d${w}`]!);
    }
  });

  it('says what each quantity is', () => {
    const kinds = Object.fromEntries(trace.entries.map((e) => [e.id, e.kind]));
    expect(kinds).toMatchObject({
      net_h1: 'weighted-sum',
      out_o2: 'activation',
      E_o1: 'output-error',
      E_total: 'total-error',
      dE_dout_o1: 'error-slope',
      dE_dout_h1_via_o2: 'path',
      dE_dout_h2: 'sum-of-paths',
      dout_h1_dnet_h1: 'activation-slope',
      delta_o2: 'delta',
      dnet_o1_dw5: 'input',
      dE_dw1: 'weight-gradient',
      dE_db2: 'bias-gradient',
      w5_new: 'update',
      E_total_new: 'error-after-update',
    });
  });

  it('substitutes the numbers into the formula', () => {
    const e = entry(trace, 'net_h1');
    expect(e.formula).toBe('w_{1}\\cdot i_{1}+w_{2}\\cdot i_{2}+b_{1}\\cdot 1');
    expect(e.substituted).toBe('0.15\\cdot 0.05+0.2\\cdot 0.1+0.35\\cdot 1');
    expect(entry(trace, 'dE_dw7').substituted).toContain('\\left(-');
  });
});

describe.each(SETTING_VARIANTS)('trace invariants with %o', (settings) => {
  let trace: Trace;
  beforeEach(() => {
    trace = computeTrace(withSettings(settings));
  });
  const params = new Set(Object.keys(ARTICLE_MODEL.params));

  it('has unique ids and a value for each in quantities', () => {
    expect(new Set(ids(trace)).size).toBe(trace.entries.length);
    for (const e of trace.entries) expect(trace.quantities[e.id]).toBe(e.value);
  });

  it('runs through the phases in order', () => {
    // The ordering mistake interleaves each layer's updates with the backward pass, on purpose;
    // then only the backward/update pair may interleave, and E_total_new still comes last.
    const interleaved = settings.hidden_deltas === 'updated';
    const rank = (e: TraceEntry) =>
      interleaved && e.phase === 'update' && e.id !== 'E_total_new'
        ? PHASES.indexOf('backward')
        : PHASES.indexOf(e.phase);
    const order = trace.entries.map(rank);
    expect(order.every((p, k) => p >= 0 && (k === 0 || p >= order[k - 1]!))).toBe(true);
    expect(new Set(trace.entries.map((e) => e.phase))).toEqual(new Set(PHASES));
    expect(ids(trace).at(-1)).toBe('E_total_new');
  });

  it('gives each chain-rule product the product of its factors, each sum the sum', () => {
    expectFactorsConsistent(trace);
  });

  it('refers only to earlier entries or parameters', () => {
    const seen = new Set<string>();
    for (const e of trace.entries) {
      for (const dep of e.deps)
        expect(seen.has(dep) || params.has(dep), `${e.id} ← ${dep}`).toBe(true);
      for (const factor of e.factors) expect(seen.has(factor), `${e.id} ← ${factor}`).toBe(true);
      seen.add(e.id);
    }
  });

  it('leaves no unfilled mark in any formula', () => {
    for (const e of trace.entries) {
      expect(e.formula).not.toContain('@[');
      expect(e.substituted).not.toContain('@[');
      expect(e.substituted).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('updates the biases exactly when they are learned', () => {
    const learned = settings.biases === 'learned';
    expect(ids(trace).includes('b1_new')).toBe(learned);
    expect(ids(trace).includes('b2_new')).toBe(learned);
  });
});

describe('cross-entropy with a saturated sigmoid output', () => {
  const saturated = withSettings(
    { loss: 'ce' },
    { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 1e3, w6: 1e3, w7: -1e3, w8: -1e3 } },
  );

  it('computes δ = out − t exactly', () => {
    const q = computeTrace(saturated).quantities;
    expect(q.out_o1).toBe(1);
    expect(q.delta_o1).toBe(1 - 0.01);
    expect(q.dE_dw5).toBe(q.delta_o1! * q.out_h1!);
  });

  it('writes an output δ as out − t, without chain-rule factors, and keeps three factors below', () => {
    const trace = computeTrace(withSettings({ loss: 'ce' }));
    const delta = entry(trace, 'delta_o1');
    expect(delta.formula).toBe('out_{o1}-target_{o1}');
    expect(delta.factors).toEqual([]);
    expect([...delta.touches].sort()).toEqual(['o1', 't1']);
    // An output weight's gradient is δ times the input it multiplies …
    expect(entry(trace, 'dE_dw5').factors).toEqual(['delta_o1', 'dnet_o1_dw5']);
    // … and a hidden one's the article's three factors, as under the squared error.
    expect(entry(trace, 'dE_dw1').factors).toEqual([
      'dE_dout_h1',
      'dout_h1_dnet_h1',
      'dnet_h1_dw1',
    ]);
  });

  // Under saturation the article's three factors would read (9.9 × 10^14) · 0 · 0.593 beside
  // the value 0.587: the factors shown must multiply to the value shown.
  it('shows ∂E/∂w5 as a product of factors equal to its value', () => {
    const trace = computeTrace(saturated);
    const product = entry(trace, 'dE_dw5')
      .factors.map((f) => trace.quantities[f]!)
      .reduce((a, b) => a * b, 1);
    expect(product).toBeCloseTo(trace.quantities.dE_dw5!, 12);
  });
});

describe('learned biases', () => {
  let trace: Trace;
  let q: Trace['quantities'];
  beforeEach(() => {
    trace = computeTrace(withSettings({ biases: 'learned' }));
    q = trace.quantities;
  });

  it('∂E/∂b1 = δ_h1 + δ_h2 and ∂E/∂b2 = δ_o1 + δ_o2 (one bias per layer)', () => {
    expect(q.dE_db1).toBe(q.delta_h1! + q.delta_h2!);
    expect(q.dE_db2).toBe(q.delta_o1! + q.delta_o2!);
    expect(entry(trace, 'dE_db1').factors).toEqual(['delta_h1', 'delta_h2']);
  });

  it('updates b1 and b2 with their gradients', () => {
    expect(q.b1_new).toBe(0.35 - 0.5 * q.dE_db1!);
    expect(q.b2_new).toBe(0.6 - 0.5 * q.dE_db2!);
    expect(entry(trace, 'b1_new').phase).toBe('update');
  });

  it('evaluates E_total_new with the updated biases too', () => {
    const fixed = computeTrace(ARTICLE_MODEL).quantities;
    expect(q.E_total_new).not.toBe(fixed.E_total_new);
    expect(q.E_total_new).toBeLessThan(fixed.E_total!);
  });
});

describe("hidden_deltas = 'updated' (the article's ordering mistake)", () => {
  let trace: Trace;
  let order: string[];
  beforeEach(() => {
    trace = computeTrace(withSettings({ hidden_deltas: 'updated' }));
    order = ids(trace);
  });

  it('updates w5…w8 before computing ∂E/∂out_h1', () => {
    const hidden = order.indexOf('dE_dout_h1');
    for (const w of ['w5_new', 'w6_new', 'w7_new', 'w8_new']) {
      expect(order.indexOf(w)).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(w)).toBeLessThan(hidden);
    }
    expect(order.indexOf('w1_new')).toBeGreaterThan(hidden);
  });

  it('uses the updated w5 in the term via o1', () => {
    const via = entry(trace, 'dE_dout_h1_via_o1');
    expect(via.deps).toContain('w5_new');
    expect(via.value).toBe(trace.quantities.delta_o1! * trace.quantities.w5_new!);
  });

  it('keeps the correct order otherwise', () => {
    const correct = ids(computeTrace(ARTICLE_MODEL));
    expect(correct.indexOf('w5_new')).toBeGreaterThan(correct.indexOf('dE_dw1'));
    expect(entry(computeTrace(ARTICLE_MODEL), 'dE_dout_h1_via_o1').deps).toContain('w5');
  });
});

describe('other architectures', () => {
  const cases: [Architecture, number][] = [
    [[1, 1, 1], 2],
    [[2, 3, 2], 12],
    [[3, 4, 4, 2], 12 + 16 + 8],
    [[2, 6, 6, 6, 2], 12 + 36 + 36 + 12],
  ];

  it.each(cases)('%j gives a finite trace with %i weight gradients', (sizes, weights) => {
    for (const settings of SETTING_VARIANTS) {
      const trace = computeTrace(
        withSettings(settings, { ...ARTICLE_MODEL, sizes, params: defaultParams(sizes) }),
      );
      expect(trace.entries.every((e) => Number.isFinite(e.value))).toBe(true);
      const gradients = ids(trace).filter((id) => /^dE_dw\d+$/.test(id));
      expect(gradients).toHaveLength(weights);
      expect(ids(trace).filter((id) => /^w\d+_new$/.test(id))).toHaveLength(weights);
      const biases = sizes.length - 1;
      expect(ids(trace).filter((id) => /^dE_db\d+$/.test(id))).toHaveLength(biases);
      expect(new Set(ids(trace)).size).toBe(trace.entries.length);
    }
  });

  it('names neurons of deeper networks by layer', () => {
    const sizes = [3, 4, 4, 2];
    const trace = computeTrace({ ...ARTICLE_MODEL, sizes, params: defaultParams(sizes) });
    expect(ids(trace)).toContain('out_h2_4');
    expect(entry(trace, 'net_h2_1').deps).toContain('out_h1_4');
    expect(entry(trace, 'out_h2_4').symbol).toBe('out_{h2,4}');
  });
});
