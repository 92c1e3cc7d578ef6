/**
 * Numeric gradient check: the analytic ∂E/∂p of the backward pass beside the
 * central difference (E(p + h) − E(p − h)) / 2h, for every weight and bias, and
 * why the two differ (slope-gap.ts): curvature, rounding, or a wrong gradient.
 */
import { paramKind, type Model } from './model';
import { backward, createWorkspace, forward, type Workspace } from './network';
import { diagnoseGap, type GapDiagnosis } from './slope-gap';

export interface GradientCheck {
  readonly param: string;
  readonly analytic: number;
  readonly numeric: number;
  /** |analytic − numeric| */
  readonly difference: number;
  /** why they differ, from the same difference measured over 100h … h/10⁴ */
  readonly diagnosis: GapDiagnosis;
  /** false only when the backward pass is wrong: curvature and rounding are the method's, not the gradient's */
  readonly agrees: boolean;
}

/** The step h: near the cube root of float64's epsilon, where central differences are most exact. */
export const GRADIENT_CHECK_STEP = 1e-6;

/** The steps a learner may choose for the check: large ones show curvature, tiny ones rounding. */
export const GRADIENT_CHECK_STEPS = [1e-2, 1e-4, 1e-6, 1e-8] as const;

/** E_total as a function of one weight or bias, and its ∂E/∂p, on a workspace after forward and backward. */
export interface ErrorAlong {
  readonly param: string;
  readonly value: number;
  readonly gradient: number;
  /** E_total with the parameter at x (the workspace is put back after) */
  readonly errorAt: (x: number) => number;
}

/**
 * Each parameter is moved in place in the one workspace and put back: no
 * revalidation, so a parameter at its allowed limit can be probed too.
 */
function errorAlong(ws: Workspace): ErrorAlong[] {
  const along = (param: string, gradient: number, array: Float64Array, index: number) => {
    const value = array[index]!;
    const errorAt = (x: number) => {
      array[index] = x;
      const error = forward(ws);
      array[index] = value;
      return error;
    };
    return { param, value, gradient, errorAt };
  };
  const lines = ws.names.weights.map((w) =>
    along(w.id, ws.weightGrad[w.index]!, ws.weights, w.index),
  );
  ws.names.biasSlots.forEach((b, slot) => {
    if (b) lines.push(along(b, ws.biasGrad[slot]!, ws.biases, slot));
  });
  return lines;
}

/** E_total along one weight or bias of the model, with the backward pass's gradient. */
export function errorAlongParam(model: Model, param: string): ErrorAlong | undefined {
  const ws = createWorkspace(model);
  forward(ws);
  backward(ws);
  return errorAlong(ws).find((line) => line.param === param);
}

export function gradientCheck(model: Model, step = GRADIENT_CHECK_STEP): GradientCheck[] {
  const ws = createWorkspace(model);
  forward(ws);
  backward(ws);
  return errorAlong(ws).map(({ param, value, gradient, errorAt }) => {
    const diagnosis = diagnoseGap(errorAt, value, gradient, step, 'central');
    const numeric = diagnosis.at.slope;
    return {
      param,
      analytic: gradient,
      numeric,
      difference: Math.abs(gradient - numeric),
      diagnosis,
      agrees: diagnosis.cause !== 'wrong-gradient',
    };
  });
}

/** Whether a parameter has a gradient the check covers (weights and biases). */
export function isCheckedParam(id: string): boolean {
  const kind = paramKind(id);
  return kind === 'weight' || kind === 'bias';
}
