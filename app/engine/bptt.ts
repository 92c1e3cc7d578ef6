/**
 * Backpropagation through time, on the expression engine. A scalar recurrent unit
 *
 *   h_t = tanh(w·h_{t−1} + u·x_t + b),   t = 1 … T,      L = ½(h_T − y)²
 *
 * unrolled over T steps is one formula: its graph has one node w with T uses
 * (p_t = w·h_{t−1}), so the engine's backward pass gives ∂L/∂w as the sum of one
 * contribution per time step — the `+=` of any reused value:
 *
 *   ∂L/∂w = Σ_t ∂L/∂w|_{p_t},   ∂L/∂w|_{p_t} = ∂L/∂z_t · h_{t−1}
 *
 * and each step back multiplies the state's gradient by ∂h_t/∂h_{t−1} = w·(1 − h_t²):
 *
 *   ∂L/∂h_{t−1} = ∂L/∂h_t · (1 − h_t²) · w
 *
 * Nothing here computes a derivative: the trace does (expr-trace.ts). This module
 * builds the unrolled graph and reads the trace: the states' gradients over time,
 * each parameter's contributions, and what truncation and clipping make of them.
 */
import type { Expr } from './expr-ast';
import { buildGraph, type FormulaGraph } from './expr-graph';
import { checkLeaf } from './expr-leaves';
import { buildStructure, gradientId, type ExprStructure } from './expr-structure';
import { traceStructure, type ExprTrace } from './expr-trace';
import { EngineError } from './errors';

/** T runs from 1 to 20: at 20 the graph has 130 nodes, below the engine's limit of 200. */
export const MIN_STEPS = 1;
export const MAX_STEPS = 20;
/** The range of the recurrent weight and the inputs a learner sets. */
export const WEIGHT_RANGE = [-2, 2] as const;
export const INPUT_RANGE = [-2, 2] as const;
/** Clipping rescales (∂L/∂w, ∂L/∂u, ∂L/∂b) to this length when it is longer. */
export const CLIP_THRESHOLD = 1;
/** Truncated BPTT keeps the last this many time steps of the backward pass. */
export const TRUNCATE_STEPS = 5;

/** The unit and its sequence: every input x_t is `x`. */
export interface BpttSpec {
  readonly T: number;
  readonly w: number;
  readonly u: number;
  readonly b: number;
  readonly h0: number;
  readonly x: number;
  readonly y: number;
}

/** What the backward pass keeps: everything, or truncated; the gradient as it is, or clipped. */
export interface BpttSwitches {
  readonly clip: boolean;
  readonly truncate: boolean;
}

/** u = 1, b = 0, h0 = 0, y = 1 unless a lesson says otherwise. */
export const BPTT_DEFAULTS = { u: 1, b: 0, h0: 0, y: 1 } as const;

/** The parameters shared by every time step: each is used T times. */
export const SHARED = ['w', 'u', 'b'] as const;
export type Shared = (typeof SHARED)[number];

const at = 0;
const variable = (name: string): Expr => ({ kind: 'variable', name, at });
const times = (left: Expr, right: Expr, id: string): Expr => ({
  kind: 'binary',
  op: '*',
  left,
  right,
  at,
  id,
});
const plus = (left: Expr, right: Expr, id: string): Expr => ({
  kind: 'binary',
  op: '+',
  left,
  right,
  at,
  id,
});

/**
 * The unrolled tree, its operations named by time step: q_t = u·x_t,
 * r_t = q_t + b, p_t = w·h_{t−1}, z_t = p_t + r_t, h_t = tanh(z_t); then
 * e = h_T − y, s = e², L = s / 2.
 */
function unrolledExpr(T: number): Expr {
  let h = variable('h0');
  for (let t = 1; t <= T; t++) {
    const r = plus(times(variable('u'), variable(`x${t}`), `q${t}`), variable('b'), `r${t}`);
    const z = plus(times(variable('w'), h, `p${t}`), r, `z${t}`);
    h = { kind: 'call', fn: 'tanh', argument: z, at, id: `h${t}` };
  }
  const e: Expr = { kind: 'binary', op: '-', left: h, right: variable('y'), at, id: 'e' };
  const s: Expr = {
    kind: 'binary',
    op: '^',
    left: e,
    right: { kind: 'number', value: 2, at },
    at,
    id: 's',
  };
  return { kind: 'binary', op: '/', left: s, right: { kind: 'number', value: 2, at }, at };
}

/** Throws unless T is a whole number of time steps from 1 to 20. */
export function checkSteps(T: unknown): number {
  if (typeof T !== 'number' || !Number.isInteger(T) || T < MIN_STEPS || T > MAX_STEPS) {
    throw new EngineError(
      'out-of-range',
      'T',
      `T must be a whole number of time steps from ${MIN_STEPS} to ${MAX_STEPS}; got ${String(T)}.`,
    );
  }
  return T;
}

const structures = new Map<number, ExprStructure>();

/** The unrolled graph's structure for T steps (built once per T). */
export function unrolledStructure(T: number): ExprStructure {
  checkSteps(T);
  let structure = structures.get(T);
  if (!structure) {
    structure = buildStructure(buildGraph(unrolledExpr(T), { output: 'L' }));
    structures.set(T, structure);
  }
  return structure;
}

export const unrolledGraph = (T: number): FormulaGraph => unrolledStructure(T).graph;

/** The leaves' values: w, u, b, h0, y and x_1 … x_T (each x). */
export function bpttLeaves(spec: BpttSpec): Record<string, number> {
  const leaves: Record<string, number> = {};
  for (const name of ['w', 'u', 'b', 'h0', 'y', 'x'] as const) checkLeaf(name, spec[name]);
  for (let t = 1; t <= checkSteps(spec.T); t++) leaves[`x${t}`] = spec.x;
  return { ...leaves, w: spec.w, u: spec.u, b: spec.b, h0: spec.h0, y: spec.y };
}

/** The trace of the unrolled unit: every value and gradient, by the expression engine. */
export function bpttTrace(spec: BpttSpec): ExprTrace {
  return traceStructure(unrolledStructure(spec.T), bpttLeaves(spec));
}

export interface BpttReading {
  readonly T: number;
  /** the first time step the backward pass reaches: 1, or T − k + 1 when truncated */
  readonly reach: number;
  /** h_1 … h_T (index t − 1) */
  readonly states: readonly number[];
  /** ∂L/∂h_t for t = 1 … T as the backward pass in force has it: 0 before `reach` */
  readonly stateGradients: readonly number[];
  /** ∂h_t/∂h_{t−1} = w·(1 − h_t²), t = 1 … T: what each step back multiplies by */
  readonly factors: readonly number[];
  /** each shared parameter's contribution at each time step, 0 before `reach` */
  readonly contributions: Readonly<Record<Shared, readonly number[]>>;
  /** the sums of the contributions: the full gradient, or the truncated one */
  readonly gradients: Readonly<Record<Shared, number>>;
  /** ‖(∂L/∂w, ∂L/∂u, ∂L/∂b)‖ before clipping */
  readonly norm: number;
  /** the factor clipping scales the gradient by: min(1, c / norm), 1 when clipping is off */
  readonly scale: number;
  /** the gradient an update would use: after truncation and clipping */
  readonly used: Readonly<Record<Shared, number>>;
}

/** The contribution of a shared parameter's use at step t, as the trace has it. */
function contributionAt(trace: ExprTrace, structure: ExprStructure, name: Shared, t: number) {
  const user = { w: `p${t}`, u: `q${t}`, b: `r${t}` }[name];
  const shape = structure.edges.find((e) => e.edge.key === `${name}>${user}`)!;
  return trace.quantities[shape.contribution]!;
}

/**
 * Reads the trace of the unit unrolled over T steps: the states' gradients over time, each shared
 * parameter's contributions, and the gradient an update would use. Truncation
 * keeps the last TRUNCATE_STEPS steps of the backward pass (∂L/∂h_t = 0 before
 * them, so only their contributions are summed); clipping rescales the gradient
 * to length CLIP_THRESHOLD when it is longer.
 */
export function readBptt(trace: ExprTrace, T: number, switches: BpttSwitches): BpttReading {
  const structure = unrolledStructure(T);
  const reach = switches.truncate ? Math.max(1, T - TRUNCATE_STEPS + 1) : 1;
  const kept = (t: number, value: number) => (t >= reach ? value : 0);
  const steps = Array.from({ length: T }, (_, k) => k + 1);
  const w = trace.leaves.w!;
  const states = steps.map((t) => trace.values[`h${t}`]!);
  const contributions = Object.fromEntries(
    SHARED.map((name) => [
      name,
      steps.map((t) => kept(t, contributionAt(trace, structure, name, t))),
    ]),
  ) as Record<Shared, number[]>;
  const gradients = Object.fromEntries(
    SHARED.map((name) => [name, contributions[name].reduce((sum, c) => sum + c, 0)]),
  ) as Record<Shared, number>;
  const norm = Math.hypot(gradients.w, gradients.u, gradients.b);
  // Stryker disable next-line EqualityOperator: at norm = c the scale c / norm is 1 as well
  const scale = switches.clip && norm > CLIP_THRESHOLD ? CLIP_THRESHOLD / norm : 1;
  return {
    T,
    reach,
    states,
    stateGradients: steps.map((t) => kept(t, trace.quantities[gradientId('L', `h${t}`)]!)),
    factors: states.map((h) => w * (1 - h * h)),
    contributions,
    gradients,
    norm,
    scale,
    used: {
      w: gradients.w * scale,
      u: gradients.u * scale,
      b: gradients.b * scale,
    },
  };
}

/**
 * Every number a lesson may cite or check on the unit: the trace's quantities
 * (h3, dL_dh3, dL_dw, dL_dw_via_p3, …) and the readings of the backward pass in
 * force: dL_dw_used (after truncation and clipping), norm (before clipping).
 */
export function bpttQuantities(spec: BpttSpec, switches: BpttSwitches): Record<string, number> {
  const trace = bpttTrace(spec);
  const reading = readBptt(trace, spec.T, switches);
  const used = Object.fromEntries(SHARED.map((name) => [`dL_d${name}_used`, reading.used[name]]));
  return { ...trace.quantities, ...used, norm: reading.norm };
}

/** The names bpttQuantities gives for T steps, in the trace's order. */
export function bpttQuantityIds(T: number): string[] {
  return [
    ...unrolledStructure(T).entries.map((entry) => entry.id),
    ...SHARED.map((name) => `dL_d${name}_used`),
    'norm',
  ];
}
