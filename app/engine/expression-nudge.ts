/**
 * The derivative as a prediction, on an expression graph: move one leaf by ε,
 * compute the graph again, and compare the output's change with ∂f/∂x · ε.
 */
import { EngineError } from './errors';
import { checkLeaf, computeExpressionTrace, gradientId, type ExpressionTrace } from './expression';

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
}

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
  // Rounded to 12 significant digits, so that 0.1 + 0.01 lands on 0.11 and repeated nudges stay tidy.
  const to = checkLeaf(leaf, Number((from + epsilon).toPrecision(12)));
  const moved = computeExpressionTrace(graph.id, { ...leaves, [leaf]: to });
  const before = quantities[graph.output]!;
  const after = moved.quantities[graph.output]!;
  const gradient = quantities[gradientId(graph.output, leaf)]!;
  return {
    leaf,
    epsilon,
    from,
    to,
    output: graph.output,
    before,
    after,
    change: after - before,
    gradient,
    predicted: gradient * epsilon,
  };
}
