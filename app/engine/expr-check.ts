/**
 * The gradient check of a formula: for every leaf, the backward pass's ∂f/∂x
 * beside the central difference (f(x + h) − f(x − h)) / 2h, with the reason
 * they differ (gap-diagnosis.ts). The step is relative, h = ε·max(1, |x|), so a
 * leaf of 10⁵ is nudged in digits it has.
 */
import { EngineError } from './errors';
import { forwardValues, type ExprTrace } from './expr-trace';
import { diagnoseGap, roundingError, type GapDiagnosis } from './gap-diagnosis';

/** ε where central differences are most exact in float64: near the cube root of its epsilon. */
export const CHECK_EPSILON = 1e-6;
/** The ε a learner may choose, from coarse (curvature shows) to fine (rounding shows). */
export const CHECK_EPSILONS = [1e-1, 1e-2, 1e-3, 1e-4, 1e-6, 1e-8, 1e-10, 1e-12] as const;

export interface LeafCheck {
  readonly leaf: string;
  /** ∂f/∂leaf from the backward pass */
  readonly analytic: number;
  /** the step h actually taken */
  readonly step: number;
  /** the central difference, or null where f is not defined at x ± h */
  readonly numeric: number | null;
  /** |analytic − numeric| */
  readonly gap: number | null;
  readonly diagnosis: GapDiagnosis | null;
  /** why there is no difference: x ± h leaves the domain of a function */
  readonly refused: string | null;
}

/** f with one leaf moved, computed from scratch (the same forward pass the trace runs). */
function outputAt(trace: ExprTrace, leaf: string, value: number): number {
  const values = forwardValues(trace.graph, { ...trace.leaves, [leaf]: value });
  return values[trace.graph.output]!;
}

/** Whether the slopes left and right of x differ, for two steps ten times apart: a kink. */
function hasKink(trace: ExprTrace, leaf: string, step: number, f: number): boolean {
  const x = trace.leaves[leaf]!;
  const split = (h: number) => {
    const right = (outputAt(trace, leaf, x + h) - f) / h;
    const left = (f - outputAt(trace, leaf, x - h)) / h;
    return Math.abs(right - left);
  };
  try {
    const near = split(step);
    const nearer = split(step / 10);
    // Smooth: right − left ≈ f''·h, so it shrinks tenfold. At a kink it stays, well above rounding.
    const noise = 100 * roundingError('one-sided', Math.abs(f), step / 10);
    const size = 1e-6 * Math.max(1, Math.abs(trace.gradients[leaf]!));
    return near > Math.max(size, noise) && nearer > Math.max(near / 3, noise);
  } catch {
    return false;
  }
}

export function checkLeafGradient(
  trace: ExprTrace,
  leaf: string,
  epsilon = CHECK_EPSILON,
): LeafCheck {
  const x = trace.leaves[leaf]!;
  const analytic = trace.gradients[leaf]!;
  const f = trace.values[trace.graph.output]!;
  const stepFor = (e: number) => e * Math.max(1, Math.abs(x));
  const central = (h: number) =>
    (outputAt(trace, leaf, x + h) - outputAt(trace, leaf, x - h)) / (2 * h);
  const step = stepFor(epsilon);
  try {
    const numeric = central(step);
    const diagnosis = diagnoseGap({
      kind: 'central',
      analytic,
      step,
      scale: Math.abs(f),
      gap: (h) => Math.abs(central(h) - analytic),
      kink: hasKink(trace, leaf, step, f),
    });
    return {
      leaf,
      analytic,
      step,
      numeric,
      gap: Math.abs(numeric - analytic),
      diagnosis,
      refused: null,
    };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return {
      leaf,
      analytic,
      step,
      numeric: null,
      gap: null,
      diagnosis: null,
      refused: `${leaf} ± ${step.toPrecision(2)} leaves the formula's domain: ${error.message}`,
    };
  }
}

/** The check of every leaf, in the graph's order. */
export function checkExpression(trace: ExprTrace, epsilon = CHECK_EPSILON): LeafCheck[] {
  return trace.graph.leaves.map((leaf) => checkLeafGradient(trace, leaf, epsilon));
}
