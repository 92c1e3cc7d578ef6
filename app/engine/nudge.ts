/**
 * The derivative as a prediction: move one input of a computation by ε, compute
 * again, and set the output's change beside ∂output/∂input · ε. One shape for
 * every nudge the app makes: a leaf of an expression graph
 * (expression-nudge.ts) and a weight or bias of the network (network-nudge.ts).
 */

export interface Nudge {
  /** what was moved (a leaf, a weight or a bias) and the output watched */
  readonly subject: string;
  readonly output: string;
  readonly epsilon: number;
  /** the subject's value before and after the nudge */
  readonly from: number;
  readonly to: number;
  /** the output before and after, each computed in full */
  readonly before: number;
  readonly after: number;
  /** after − before, the change measured */
  readonly change: number;
  /** ∂output/∂subject */
  readonly gradient: number;
  /** ∂output/∂subject · ε, the change the gradient predicts */
  readonly predicted: number;
}

export interface NudgeInput {
  readonly subject: string;
  readonly output: string;
  readonly epsilon: number;
  readonly from: number;
  readonly to: number;
  readonly before: number;
  readonly gradient: number;
  /** the output computed in full with the subject at x (throws for a refused x) */
  readonly outputAt: (x: number) => number;
}

/** Computes the output again at `to` and compares its change with the gradient's prediction. */
export function measureNudge(input: NudgeInput): Nudge {
  const { outputAt, ...given } = input;
  const after = outputAt(input.to);
  return {
    ...given,
    after,
    change: after - input.before,
    predicted: input.gradient * input.epsilon,
  };
}
