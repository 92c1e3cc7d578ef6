/**
 * The derivative as a prediction, on an expression graph: move one leaf by ε,
 * compute the graph again, and compare the output's change with ∂f/∂x · ε —
 * and say why they differ (a one-sided difference: curvature shows ∝ ε).
 */
import { EngineError } from './errors';
import { checkLeaf } from './expr-leaves';
import { forwardValues, traceStructure, type ExprTrace } from './expr-trace';
import { diagnoseGap, type GapDiagnosis } from './gap-diagnosis';

export interface LeafNudge {
  readonly leaf: string;
  readonly epsilon: number;
  /** the leaf's value before and after the nudge */
  readonly from: number;
  readonly to: number;
  readonly output: string;
  readonly before: number;
  readonly after: number;
  /** after − before, measured by computing the graph again */
  readonly change: number;
  /** ∂output/∂leaf */
  readonly gradient: number;
  /** ∂output/∂leaf · ε, the change the gradient predicts */
  readonly predicted: number;
  /** why change and predicted differ, or null where f is not defined a step further */
  readonly diagnosis: GapDiagnosis | null;
}

/**
 * Moves one leaf by ε, computes the graph again and compares the output's change
 * with the gradient's prediction: Δf ≈ ∂f/∂x · ε.
 */
export function nudgeExprLeaf(trace: ExprTrace, leaf: string, epsilon: number): LeafNudge {
  const { graph, leaves } = trace;
  if (!graph.leaves.includes(leaf)) {
    throw new EngineError('unknown-parameter', leaf, `${leaf} is not a leaf of ${graph.formula}.`);
  }
  checkLeaf('ε', epsilon);
  const from = leaves[leaf]!;
  // Rounded to 12 significant digits, so that 0.1 + 0.01 lands on 0.11 and repeated nudges stay tidy.
  const to = checkLeaf(leaf, Number((from + epsilon).toPrecision(12)));
  const moved = traceStructure(trace.structure, { ...leaves, [leaf]: to });
  const output = graph.output;
  const before = trace.values[output]!;
  const after = moved.values[output]!;
  const gradient = trace.gradients[leaf]!;
  const slopeAt = (h: number) =>
    (forwardValues(graph, { ...leaves, [leaf]: from + h })[output]! - before) / h;
  let diagnosis: GapDiagnosis | null = null;
  if (to !== from) {
    try {
      diagnosis = diagnoseGap({
        kind: 'one-sided',
        analytic: gradient,
        step: to - from,
        scale: Math.abs(before),
        gap: (h) => Math.abs(slopeAt(h) - gradient),
      });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
    }
  }
  return {
    leaf,
    epsilon,
    from,
    to,
    output,
    before,
    after,
    change: after - before,
    gradient,
    predicted: gradient * epsilon,
    diagnosis,
  };
}
