/**
 * The derivative as a prediction, on an expression graph: move one leaf by ε,
 * compute the graph again, and compare the output's change with ∂f/∂x · ε.
 */
import { EngineError } from './errors';
import { checkLeaf, computeExpressionTrace, gradientId, type ExpressionTrace } from './expression';
import { measureNudge, type Nudge } from './nudge';

/** A nudge of one leaf: `subject` is the leaf, `output` the graph's output. */
export type LeafNudge = Nudge;

/**
 * Moves one leaf by ε, computes the graph again and compares the output's change
 * with the gradient's prediction: Δf ≈ ∂f/∂x · ε.
 */
export function nudgeLeaf(trace: ExpressionTrace, leaf: string, epsilon: number): LeafNudge {
  const { graph, leaves, quantities } = trace;
  if (!graph.leaves.includes(leaf)) {
    throw new EngineError('unknown-parameter', leaf, `${leaf} is not a leaf of ${graph.id}.`);
  }
  checkLeaf('ε', epsilon);
  const from = leaves[leaf]!;
  return measureNudge({
    subject: leaf,
    output: graph.output,
    epsilon,
    from,
    // Rounded to 12 significant digits, so that 0.1 + 0.01 lands on 0.11 and repeated nudges stay tidy.
    to: checkLeaf(leaf, Number((from + epsilon).toPrecision(12))),
    before: quantities[graph.output]!,
    gradient: quantities[gradientId(graph.output, leaf)]!,
    outputAt: (x) =>
      computeExpressionTrace(graph.id, { ...leaves, [leaf]: x }).quantities[graph.output]!,
  });
}
