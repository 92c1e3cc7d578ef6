/**
 * Numeric gradient check: the analytic ∂E/∂p of the backward pass beside the
 * central difference (E(p + h) − E(p − h)) / 2h, for every weight and bias.
 */
import { paramKind, type Model } from './model';
import { backward, createWorkspace, forward } from './network';

export interface GradientCheck {
  readonly param: string;
  readonly analytic: number;
  readonly numeric: number;
  /** |analytic − numeric| */
  readonly difference: number;
}

/** The step h: near the cube root of float64's epsilon, where central differences are most exact. */
export const GRADIENT_CHECK_STEP = 1e-6;

export function gradientCheck(model: Model, step = GRADIENT_CHECK_STEP): GradientCheck[] {
  const ws = createWorkspace(model);
  forward(ws);
  backward(ws);
  // Each parameter is nudged in place in the one workspace and put back: no revalidation, so a
  // parameter at its allowed limit can be checked too.
  const probes: { param: string; analytic: number; array: Float64Array; index: number }[] = [];
  ws.names.weights.forEach((w) =>
    probes.push({
      param: w.id,
      analytic: ws.weightGrad[w.index]!,
      array: ws.weights,
      index: w.index,
    }),
  );
  ws.names.biases.forEach((b, l) => {
    if (b) probes.push({ param: b, analytic: ws.biasGrad[l]!, array: ws.biases, index: l });
  });
  return probes.map(({ param, analytic, array, index }) => {
    const at = array[index]!;
    array[index] = at + step;
    const above = forward(ws);
    array[index] = at - step;
    const below = forward(ws);
    array[index] = at;
    const numeric = (above - below) / (2 * step);
    return { param, analytic, numeric, difference: Math.abs(analytic - numeric) };
  });
}

/** Whether a parameter has a gradient the check covers (weights and biases). */
export const isCheckedParam = (id: string) => ['weight', 'bias'].includes(paramKind(id) ?? '');
