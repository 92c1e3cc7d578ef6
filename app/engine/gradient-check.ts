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
  const analytic = new Map<string, number>();
  ws.names.weights.forEach((w) => analytic.set(w.id, ws.weightGrad[w.index]!));
  ws.names.biases.forEach((b, l) => {
    if (b) analytic.set(b, ws.biasGrad[l]!);
  });
  const lossAt = (param: string, value: number) =>
    forward(createWorkspace({ ...model, params: { ...model.params, [param]: value } }));
  return [...analytic].map(([param, grad]) => {
    const at = model.params[param] ?? 0;
    const numeric = (lossAt(param, at + step) - lossAt(param, at - step)) / (2 * step);
    return { param, analytic: grad, numeric, difference: Math.abs(grad - numeric) };
  });
}

/** Whether a parameter has a gradient the check covers (weights and biases). */
export const isCheckedParam = (id: string) => ['weight', 'bias'].includes(paramKind(id) ?? '');
