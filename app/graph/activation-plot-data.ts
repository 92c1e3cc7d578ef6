/**
 * The numbers behind the activation plot: samples of f and f' over the x range,
 * the point, and its tangent. f and f' are the engine's, never redefined here.
 */
import { ACTIVATIONS, type ActivationId } from '../engine/activations';
import { formatTexNumber } from '../engine/format';
import { texOperand } from '../engine/template';

export const X_RANGE = [-6, 6] as const;
/** ←/→ move the point this far; with Shift, ten times as far. */
export const KEY_STEP = 0.1;
export const SAMPLES = 241;

export interface PlotPoint {
  readonly x: number;
  readonly f: number;
  readonly df: number;
}

/** f(x) and f'(x) as the engine computes them: f' from the output (and x, for ReLU). */
export function pointAt(activation: ActivationId, x: number): PlotPoint {
  const { f, df } = ACTIVATIONS[activation];
  const out = f(x);
  return { x, f: out, df: df(out, x) };
}

/** Evenly spaced samples over X_RANGE, with x = 0 among them (ReLU's kink). */
export function samples(activation: ActivationId, count = SAMPLES): PlotPoint[] {
  const [low, high] = X_RANGE;
  return Array.from({ length: count }, (_, i) =>
    pointAt(activation, low + ((high - low) * i) / (count - 1)),
  );
}

/** The tangent y = f(x₀) + f'(x₀)(x − x₀), as its two ends over X_RANGE. */
export function tangent(point: PlotPoint): readonly [PlotPoint, PlotPoint] {
  const at = (x: number): PlotPoint => ({ x, f: point.f + point.df * (x - point.x), df: 0 });
  return [at(X_RANGE[0]), at(X_RANGE[1])];
}

export const clampX = (x: number) => Math.min(X_RANGE[1], Math.max(X_RANGE[0], x));

const DIGITS = 4;

/**
 * The derivative at the point, symbolic and with the numbers in, in the
 * engine's own TeX: σ'(x) = σ(x)(1 − σ(x)), = 0.5933 (1 − 0.5933), = 0.2413;
 * in parts, each of which may go on its own line.
 */
export function derivativeTex(activation: ActivationId, point: PlotPoint): string[] {
  const { dtex, texName: name } = ACTIVATIONS[activation];
  const number = (v: number) => texOperand(v, DIGITS);
  return [
    `${name}'(x)=${dtex(`${name}(x)`, 'x')}`,
    `=${dtex(number(point.f), number(point.x))}`,
    `=${formatTexNumber(point.df, DIGITS)}`,
  ];
}

/** The function's value at the point: σ(0.3775) = 0.5933. */
export function valueTex(activation: ActivationId, point: PlotPoint): string {
  const name = ACTIVATIONS[activation].texName;
  const number = (v: number) => formatTexNumber(v, DIGITS);
  return `${name}\\left(${number(point.x)}\\right)=${number(point.f)}`;
}
