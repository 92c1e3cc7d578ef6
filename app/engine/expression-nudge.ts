/**
 * The derivative as a prediction, on an expression graph: move one leaf by ε,
 * compute the graph again, and compare the output's change with ∂f/∂x · ε —
 * and say why they differ (slope-gap.ts): the bend of f, rounding, or a wrong gradient.
 */
import { EngineError } from './errors';
import { checkLeaf } from './expr-leaves';
import { forwardValues, type ExprTrace } from './expr-trace';
import { measureNudge, type Nudge } from './nudge';
import { diagnoseGap, type GapDiagnosis } from './slope-gap';

/** A nudge of one leaf: `subject` is the leaf, `output` the graph's output. */
export interface LeafNudge extends Nudge {
  /**
   * Why Δf/ε and ∂f/∂x differ, from the same one-sided difference over 100ε … ε/10⁴;
   * null where f is not defined that far from x (a log near 0).
   */
  readonly diagnosis: GapDiagnosis | null;
}

/** f with one leaf at x, computed from scratch (throws the engine's refusal outside its domain). */
export function outputAlong(trace: ExprTrace, leaf: string): (x: number) => number {
  const { graph, leaves } = trace;
  return (x) => forwardValues(graph, { ...leaves, [leaf]: x })[graph.output]!;
}

/** The diagnosis of a gap, or null where f leaves its domain on the way. */
export function diagnoseAlong(...args: Parameters<typeof diagnoseGap>): GapDiagnosis | null {
  try {
    return diagnoseGap(...args);
  } catch {
    // f refuses only outside its domain, with an EngineError.
    return null;
  }
}

/**
 * Moves one leaf by ε, computes the graph again and compares the output's change
 * with the gradient's prediction: Δf ≈ ∂f/∂x · ε.
 */
export function nudgeLeaf(trace: ExprTrace, leaf: string, epsilon: number): LeafNudge {
  const { graph, leaves } = trace;
  if (!graph.leaves.includes(leaf)) {
    const name = 'id' in graph ? String(graph.id) : graph.formula;
    throw new EngineError('unknown-parameter', leaf, `${leaf} is not a leaf of ${name}.`);
  }
  checkLeaf('ε', epsilon);
  const from = leaves[leaf]!;
  const outputAt = outputAlong(trace, leaf);
  const nudge = measureNudge({
    subject: leaf,
    output: graph.output,
    epsilon,
    from,
    // Rounded to 12 significant digits, so that 0.1 + 0.01 lands on 0.11 and repeated nudges stay tidy.
    to: checkLeaf(leaf, Number((from + epsilon).toPrecision(12))),
    before: trace.values[graph.output]!,
    gradient: trace.gradients[leaf]!,
    outputAt,
  });
  return {
    ...nudge,
    diagnosis: diagnoseAlong(outputAt, from, nudge.gradient, epsilon, 'one-sided'),
  };
}
