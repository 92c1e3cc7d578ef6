/**
 * The gradient check of a formula: for every leaf, the backward pass's ∂f/∂x
 * beside the central difference (f(x + h) − f(x − h)) / 2h, and why the two
 * differ, by the same diagnosis as the network's check (slope-gap.ts): the bend
 * of f over h, rounding, or a wrong gradient. A formula can do what the network
 * cannot: have a kink (relu or |x| at 0), where no derivative exists, so that is
 * told apart first. The step is relative, h = ε·max(1, |x|), so a leaf of 10⁵ is
 * nudged in digits it has.
 */
import { EngineError } from './errors';
import type { ExprTrace } from './expr-trace';
import { diagnoseAlong, outputAlong } from './expression-nudge';
import type { GapDiagnosis } from './slope-gap';

/** ε where central differences are most exact in float64: near the cube root of its epsilon. */
export const CHECK_EPSILON = 1e-6;
/** The ε a learner may choose, from coarse (the bend shows) to fine (rounding shows). */
export const CHECK_EPSILONS = [1e-1, 1e-2, 1e-3, 1e-4, 1e-6, 1e-8, 1e-10, 1e-12] as const;

/** float64's unit roundoff. */
const ROUNDOFF = 2 ** -52;

export interface LeafCheck {
  readonly leaf: string;
  /** ∂f/∂leaf from the backward pass */
  readonly analytic: number;
  /** the step h actually taken */
  readonly step: number;
  /** the central difference, or null where f is not defined at x ± h */
  readonly numeric: number | null;
  /** |analytic − numeric|, or null with numeric */
  readonly difference: number | null;
  /** why they differ; null where f is not defined over the steps the diagnosis takes (100h … h/10⁴) */
  readonly diagnosis: GapDiagnosis | null;
  /** the slopes left and right of x differ however small h gets: there is no derivative to check */
  readonly kink: boolean;
  /** why there is no difference or no diagnosis: x ± h (or x ± 100h) leaves the domain of a function */
  readonly refused: string | null;
}

/** Whether the slopes left and right of x differ, for two steps ten times apart: a kink. */
function hasKink(f: (x: number) => number, x: number, fx: number, step: number, gradient: number) {
  const split = (h: number) => {
    const right = (f(x + h) - fx) / h;
    const left = (fx - f(x - h)) / h;
    return Math.abs(right - left);
  };
  try {
    const near = split(step);
    const nearer = split(step / 10);
    // Smooth: right − left ≈ f''·h, so it shrinks tenfold. At a kink it stays, well above rounding.
    const noise = (200 * ROUNDOFF * Math.max(Math.abs(fx), ROUNDOFF)) / (step / 10);
    const size = 1e-6 * Math.max(1, Math.abs(gradient));
    return near > Math.max(size, noise) && nearer > Math.max(near / 3, noise);
  } catch {
    // f refuses only outside its domain (an EngineError): a formula undefined between x and
    // x ± h/10 has no slope there to compare.
    return false;
  }
}

const domainWords = (leaf: string, step: number, error: EngineError) =>
  `${leaf} ± ${step.toPrecision(2)} leaves the formula's domain: ${error.message}`;

export function checkLeafGradient(
  trace: ExprTrace,
  leaf: string,
  epsilon = CHECK_EPSILON,
): LeafCheck {
  const x = trace.leaves[leaf]!;
  const analytic = trace.gradients[leaf]!;
  const fx = trace.values[trace.graph.output]!;
  const f = outputAlong(trace, leaf);
  const step = epsilon * Math.max(1, Math.abs(x));
  const base = { leaf, analytic, step };
  let numeric: number;
  try {
    numeric = (f(x + step) - f(x - step)) / (x + step - (x - step));
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const none = { numeric: null, difference: null, diagnosis: null, kink: false };
    return { ...base, ...none, refused: domainWords(leaf, step, error) };
  }
  const diagnosis = diagnoseAlong(f, x, analytic, step, 'central');
  return {
    ...base,
    numeric: diagnosis?.at.slope ?? numeric,
    difference: Math.abs((diagnosis?.at.slope ?? numeric) - analytic),
    diagnosis,
    kink: hasKink(f, x, fx, step, analytic),
    refused:
      diagnosis === null
        ? `${leaf} ± ${(100 * step).toPrecision(2)} leaves the formula's domain, so the gap is not measured over larger and smaller steps`
        : null,
  };
}

/** The check of every leaf, in the graph's order. */
export function checkExpression(trace: ExprTrace, epsilon = CHECK_EPSILON): LeafCheck[] {
  return trace.graph.leaves.map((leaf) => checkLeafGradient(trace, leaf, epsilon));
}
