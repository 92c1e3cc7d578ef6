/**
 * The nudge on the network: move one weight or bias by ε, compute E_total again
 * with the trace, compare its change with ∂E/∂p · ε, and say why the two differ
 * (slope-gap.ts) — the bend of the error curve, rounding, or a wrong gradient.
 */
import { EngineError } from './errors';
import { errorAlongParam } from './gradient-check';
import type { Model } from './model';
import { measureNudge, type Nudge } from './nudge';
import { diagnoseGap, type GapDiagnosis } from './slope-gap';
import { computeTrace, type Trace } from './trace';

export interface ParamNudge extends Nudge {
  /** why ΔE/ε and ∂E/∂p differ, from the same one-sided difference over 100ε … ε/10⁴ */
  readonly diagnosis: GapDiagnosis;
}

/**
 * Moves one weight or bias by ε on a copy of the model and measures E_total there,
 * by the same trace that computes everything else. Throws the engine's error when
 * p + ε is not an allowed value, or p is not a weight or bias.
 */
export function nudgeParam(model: Model, trace: Trace, param: string, epsilon: number): ParamNudge {
  const line = errorAlongParam(model, param);
  if (!line) {
    throw new EngineError(
      'unknown-parameter',
      param,
      `${param} is not a weight or bias of this network.`,
    );
  }
  const nudge = measureNudge({
    subject: param,
    output: 'E_total',
    epsilon,
    from: model.params[param]!,
    to: model.params[param]! + epsilon,
    before: trace.quantities.E_total!,
    // The backward pass's gradient, as the trace shows it.
    gradient: trace.quantities[`dE_d${param}`]!,
    outputAt: (x) =>
      computeTrace({ ...model, params: { ...model.params, [param]: x } }).quantities.E_total!,
  });
  const diagnosis = diagnoseGap(line.errorAt, line.value, nudge.gradient, epsilon, 'one-sided');
  return { ...nudge, diagnosis };
}
