/**
 * Backpropagation through time against computations written out here, apart from
 * the engine: a plain loop for the forward pass, central differences for every
 * gradient, and the textbook backward recursion for the per-step contributions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BPTT_DEFAULTS,
  bpttQuantities,
  bpttQuantityIds,
  bpttTrace,
  CLIP_THRESHOLD,
  readBptt,
  TRUNCATE_STEPS,
  unrolledGraph,
  type BpttSpec,
} from './bptt';
import { EngineError } from './errors';
import { MAX_NODES } from './expr-graph';

const spec = (given: Partial<BpttSpec> & Pick<BpttSpec, 'T' | 'w' | 'x'>): BpttSpec => ({
  ...BPTT_DEFAULTS,
  ...given,
});

/** h_1 … h_T by the recurrence; `kick` adds to h_k after it is computed (for ∂L/∂h_k). */
function forward(s: BpttSpec, kick?: { k: number; by: number }): number[] {
  const states = [s.h0];
  for (let t = 1; t <= s.T; t++) {
    let h = Math.tanh(s.w * states[t - 1]! + s.u * s.x + s.b);
    if (kick?.k === t) h += kick.by;
    states.push(h);
  }
  return states;
}
const loss = (s: BpttSpec, kick?: { k: number; by: number }) =>
  0.5 * (forward(s, kick)[s.T]! - s.y) ** 2;

/**
 * (L(θ + h) − L(θ − h)) / 2h is off from the derivative by ~(a·h)² relative, where
 * a (up to |w|^T) is how far a nudge is carried, and by rounding, up to a few
 * 2⁻⁵²·L / h. A step of 10⁻⁵/a makes the first 10⁻¹⁰; the second is allowed for.
 */
const ROUNDOFF = 2 ** -52;
function agreesWithCentral(s: BpttSpec, analytic: number, lossAt: (delta: number) => number) {
  const h = 1e-5 / Math.max(1, Math.abs(s.w)) ** s.T;
  const numeric = (lossAt(h) - lossAt(-h)) / (2 * h);
  const rounding = (8 * ROUNDOFF * (Math.abs(lossAt(0)) + 1)) / (2 * h);
  expect(Math.abs(analytic - numeric)).toBeLessThanOrEqual(1e-6 * Math.abs(numeric) + rounding);
}

/**
 * The textbook backward recursion, written out: δ_t = ∂L/∂z_t, from the top down;
 * w's contribution at step t is δ_t·h_{t−1}, u's δ_t·x, b's δ_t.
 */
function handBackward(s: BpttSpec) {
  const h = forward(s);
  const dh: number[] = new Array<number>(s.T + 1).fill(0);
  const dz: number[] = new Array<number>(s.T + 1).fill(0);
  dh[s.T] = h[s.T]! - s.y;
  for (let t = s.T; t >= 1; t--) {
    dz[t] = dh[t]! * (1 - h[t]! ** 2);
    dh[t - 1] = dz[t]! * s.w;
  }
  const steps = Array.from({ length: s.T }, (_, k) => k + 1);
  return {
    dh: steps.map((t) => dh[t]!),
    w: steps.map((t) => dz[t]! * h[t - 1]!),
    u: steps.map((t) => dz[t]! * s.x),
    b: steps.map((t) => dz[t]!),
  };
}

const close = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );

const arbitrarySpec = fc.record({
  T: fc.integer({ min: 1, max: 20 }),
  w: fc.double({ min: -2, max: 2, noNaN: true }),
  u: fc.double({ min: -2, max: 2, noNaN: true }),
  b: fc.double({ min: -1, max: 1, noNaN: true }),
  h0: fc.double({ min: -0.9, max: 0.9, noNaN: true }),
  x: fc.double({ min: -2, max: 2, noNaN: true }),
  y: fc.double({ min: -1, max: 1, noNaN: true }),
});

describe('the unrolled unit', () => {
  it('computes the recurrence: its states and loss are the plain loop’s', () => {
    const s = spec({ T: 3, w: 0.5, x: 0.5 });
    const trace = bpttTrace(s);
    const h = forward(s);
    for (let t = 1; t <= 3; t++) expect(trace.values[`h${t}`]).toBe(h[t]);
    expect(trace.values.L).toBe(loss(s));
    // The loss's own steps: e = h_T − y, s = e², L = s/2.
    expect(trace.values.e).toBe(h[3]! - s.y);
    expect(trace.values.s).toBe((h[3]! - s.y) ** 2);
    // The reading lists the same states, and each step back's factor w·(1 − h_t²).
    const reading = readBptt(trace, 3, { clip: false, truncate: false });
    expect(reading.states).toEqual(h.slice(1));
    expect(reading.factors).toEqual(h.slice(1).map((ht) => 0.5 * (1 - ht * ht)));
  });

  it('stays within the engine’s node limit at T = 20, and names its steps h1 … hT', () => {
    const graph = unrolledGraph(20);
    expect(graph.nodes.size).toBeLessThanOrEqual(MAX_NODES);
    expect(graph.output).toBe('L');
    // w, u and b are each one node used once per time step.
    for (const name of ['w', 'u', 'b']) expect(graph.uses.get(name)).toHaveLength(20);
    expect(graph.nodes.get('h20')?.op).toBe('tanh');
    // Built once per T: a drag recomputes numbers only.
    expect(unrolledGraph(20)).toBe(graph);
  });

  it('refuses T outside 1 … 20 and values the engine refuses, by name', () => {
    const refusal = (given: Partial<BpttSpec>) => {
      try {
        bpttTrace({ ...spec({ T: 3, w: 0.5, x: 0.5 }), ...given });
      } catch (error) {
        if (error instanceof EngineError) return `${error.subject}: ${error.message}`;
      }
      return null;
    };
    expect(refusal({ T: 0 })).toBe(
      'T: T must be a whole number of time steps from 1 to 20; got 0.',
    );
    expect(refusal({ T: 21 })).toMatch(/from 1 to 20; got 21/);
    expect(refusal({ T: 2.5 })).toMatch(/got 2.5/);
    expect(refusal({ w: NaN })).toMatch(/^w: w must be a finite number/);
  });
});

describe('backpropagation through time', () => {
  it('every gradient agrees with central differences of the plain loop, for any unit', () => {
    fc.assert(
      fc.property(arbitrarySpec, (s) => {
        const trace = bpttTrace(s);
        const reading = readBptt(trace, s.T, { clip: false, truncate: false });
        for (const name of ['w', 'u', 'b', 'h0', 'y'] as const) {
          agreesWithCentral(s, trace.gradients[name]!, (d) => loss({ ...s, [name]: s[name] + d }));
        }
        reading.stateGradients.forEach((gradient, k) => {
          agreesWithCentral(s, gradient, (d) => loss(s, { k: k + 1, by: d }));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('w’s gradient is the sum of one contribution per time step: the += of a reused value', () => {
    fc.assert(
      fc.property(arbitrarySpec, (s) => {
        const reading = readBptt(bpttTrace(s), s.T, { clip: false, truncate: false });
        const hand = handBackward(s);
        for (const name of ['w', 'u', 'b'] as const) {
          reading.contributions[name].forEach((c, k) => close(c, hand[name][k]!, 1e-12));
          const sum = hand[name].reduce((total, c) => total + c, 0);
          close(reading.gradients[name], sum, 1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('each step back multiplies by w·(1 − h_t²); with |w| < 1 the gradient can only shrink', () => {
    fc.assert(
      fc.property(arbitrarySpec, fc.double({ min: -0.99, max: 0.99, noNaN: true }), (s, w) => {
        const unit = { ...s, w };
        const reading = readBptt(bpttTrace(unit), unit.T, { clip: false, truncate: false });
        const h = forward(unit);
        for (let t = 2; t <= unit.T; t++) {
          const later = reading.stateGradients[t - 1]!;
          const earlier = reading.stateGradients[t - 2]!;
          close(earlier, later * w * (1 - h[t]! ** 2), 1e-12);
          expect(Math.abs(earlier)).toBeLessThanOrEqual(Math.abs(w * later) * (1 + 1e-12));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('in the quiet state (every x and h0 zero) ∂L/∂h_t = (0 − y)·w^(T − t) exactly: it explodes for |w| > 1', () => {
    const s = spec({ T: 20, w: 1.5, x: 0 });
    const reading = readBptt(bpttTrace(s), 20, { clip: false, truncate: false });
    reading.stateGradients.forEach((gradient, k) => expect(gradient).toBe(-(1.5 ** (19 - k))));
    expect(Math.abs(reading.stateGradients[0]!)).toBeGreaterThan(2000);
    // w's contributions are δ_t·h_{t−1}, and every h_{t−1} is 0; b's are δ_t itself.
    expect(reading.gradients.w).toBe(0);
    close(reading.gradients.b, -(1.5 ** 20 - 1) / 0.5, 1e-12);
  });

  it('truncated: ∂L/∂h_t is 0 more than k steps back, and only the last k contributions are summed', () => {
    fc.assert(
      fc.property(arbitrarySpec, (s) => {
        const reading = readBptt(bpttTrace(s), s.T, { clip: false, truncate: true });
        const hand = handBackward(s);
        const reach = Math.max(1, s.T - TRUNCATE_STEPS + 1);
        expect(reading.reach).toBe(reach);
        reading.stateGradients.forEach((g, k) => {
          if (k + 1 < reach) expect(g).toBe(0);
          else close(g, hand.dh[k]!, 1e-12);
        });
        const kept = hand.w.slice(reach - 1).reduce((total, c) => total + c, 0);
        close(reading.gradients.w, kept, 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('clipped: the gradient keeps its direction and is at most the threshold long', () => {
    fc.assert(
      fc.property(arbitrarySpec, (s) => {
        const full = readBptt(bpttTrace(s), s.T, { clip: false, truncate: false });
        const clipped = readBptt(bpttTrace(s), s.T, { clip: true, truncate: false });
        const norm = Math.hypot(full.gradients.w, full.gradients.u, full.gradients.b);
        close(clipped.norm, norm, 1e-15);
        const length = Math.hypot(clipped.used.w, clipped.used.u, clipped.used.b);
        if (norm <= CLIP_THRESHOLD) expect(clipped.used).toEqual(full.gradients);
        else close(length, CLIP_THRESHOLD, 1e-12);
        for (const name of ['w', 'u', 'b'] as const) {
          close(clipped.used[name] * norm, full.gradients[name] * Math.min(norm, 1), 1e-12);
        }
      }),
      { numRuns: 60 },
    );
    // A unit whose gradient is too long (‖g‖ ≈ 1.6): every component shrinks by c / ‖g‖.
    const s = spec({ T: 6, w: 1.5, x: 0, h0: 0.1 });
    const full = readBptt(bpttTrace(s), 6, { clip: false, truncate: false });
    const clipped = readBptt(bpttTrace(s), 6, { clip: true, truncate: false });
    expect(full.norm).toBeGreaterThan(1.5 * CLIP_THRESHOLD);
    expect(full.gradients.w).not.toBe(0);
    for (const name of ['w', 'u', 'b'] as const) {
      close(clipped.used[name], (full.gradients[name] * CLIP_THRESHOLD) / full.norm, 1e-15);
    }
  });

  it('names every quantity a lesson may cite or check, each with its value', () => {
    const s = spec({ T: 4, w: 1.5, x: 0 });
    const quantities = bpttQuantities(s, { clip: true, truncate: false });
    expect(Object.keys(quantities).sort()).toEqual([...bpttQuantityIds(4)].sort());
    expect(quantities.dL_dh1).toBe(-(1.5 ** 3));
    expect(quantities.dL_db_used).toBeCloseTo(-1, 15);
  });
});
