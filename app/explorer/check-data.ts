/**
 * The Check tab's arithmetic: the backward pass's gradients beside central
 * differences, and a nudge that compares the change of the error with the
 * change the derivative predicts. Every value comes from the engine's trace or
 * its gradient check; nothing here differentiates.
 */
import { formatDisplayNumber } from '../engine/format';
import type { GradientCheck } from '../engine/gradient-check';
import type { Model } from '../engine/model';
import { computeTrace, type Trace } from '../engine/trace';

/** The parameter a step is about: dE_dw5, dnet_o1_dw5 and w5_new are about w5. */
export function paramOfStep(step: string): string | null {
  const match = /^(?:dE_d|dnet_[a-z0-9_]+_d)([wb]\d+)$|^([wb]\d+)_new$/.exec(step);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export interface CheckRow {
  readonly param: string;
  /** ∂E/∂p from the trace */
  readonly analytic: number;
  /** (E(p + h) − E(p − h)) / 2h */
  readonly numeric: number;
  readonly difference: number;
  readonly agrees: boolean;
}

/**
 * Central differences with h = 10⁻⁶ are good to ~10⁻¹⁰ here; a gap past this
 * tolerance is a wrong gradient, not rounding.
 */
export const agreesWithin = (analytic: number, numeric: number) =>
  Math.abs(analytic - numeric) <= 1e-7 + 1e-6 * Math.max(Math.abs(analytic), Math.abs(numeric));

/** The check's rows, the analytic side read from the trace of the same model. */
export function checkRows(trace: Trace, checks: readonly GradientCheck[]): CheckRow[] {
  return checks.map(({ param, numeric }) => {
    const analytic = trace.quantities[`dE_d${param}`] ?? NaN;
    return {
      param,
      analytic,
      numeric,
      difference: Math.abs(analytic - numeric),
      agrees: agreesWithin(analytic, numeric),
    };
  });
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A small number as a person reads it: 3.2 × 10⁻¹¹ (thin spaces; 0 as 0). */
export function formatScientific(value: number, digits = 2): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const [mantissa = '', exponent = '0'] = value.toExponential(digits - 1).split('e');
  const power = Number(exponent);
  if (power >= -3 && power <= 3) return formatDisplayNumber(value, digits);
  const sup = String(Math.abs(power))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  // Thin spaces: the table that shows these has to fit a phone.
  return `${mantissa.replace(/^-/, '−')}\u2009×\u200910${power < 0 ? '⁻' : ''}${sup}`;
}

export interface Nudge {
  readonly param: string;
  readonly epsilon: number;
  readonly from: number;
  readonly to: number;
  /** ΔE = E_total(p + ε) − E_total(p) */
  readonly measured: number;
  /** ∂E/∂p · ε */
  readonly predicted: number;
}

/**
 * Moves one parameter by ε on a copy of the model and measures the error there,
 * by the same trace that computes everything else. Throws the engine's error
 * when p + ε is not an allowed value.
 */
export function nudge(model: Model, trace: Trace, param: string, epsilon: number): Nudge {
  const from = model.params[param] ?? NaN;
  const to = from + epsilon;
  const moved = computeTrace({ ...model, params: { ...model.params, [param]: to } });
  const before = trace.quantities.E_total ?? NaN;
  const after = moved.quantities.E_total ?? NaN;
  const gradient = trace.quantities[`dE_d${param}`] ?? NaN;
  return { param, epsilon, from, to, measured: after - before, predicted: gradient * epsilon };
}

/** What the nudge shows, in a sentence or two. */
export function nudgeSentence(n: Nudge, digits: number): string {
  const show = (v: number) => formatDisplayNumber(v, digits);
  const moved = `Moving ${n.param} from ${show(n.from)} to ${show(n.to)} changes E_total by ${show(n.measured)}`;
  if (n.predicted === 0) {
    return `${moved}, though ∂E/∂${n.param} = 0: to first order the error does not move; what change there is comes from the bend of the error curve.`;
  }
  const gap = Math.abs(n.measured - n.predicted) / Math.abs(n.predicted);
  const percent = gap < 1e-4 ? formatScientific(gap * 100) : formatDisplayNumber(gap * 100, 2);
  const compared = `${moved}; ∂E/∂${n.param} · ε predicts ${show(n.predicted)}, ${percent}% apart.`;
  return gap < 0.1
    ? `${compared} The derivative is the slope at this point, so it predicts a small change well; the error curve bends a little over ε, and halving ε roughly halves the gap.`
    : `${compared} ε is too large for the slope alone: the error curve bends over the step. Try a smaller ε.`;
}
