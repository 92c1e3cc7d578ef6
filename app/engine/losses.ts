/**
 * Per-output losses. E_total is their sum over the outputs.
 */
export const LOSS_IDS = ['mse', 'ce'] as const;
export type LossId = (typeof LOSS_IDS)[number];

/**
 * Cross-entropy takes ln(out) and ln(1 − out); a saturated sigmoid returns exactly
 * 0 or 1 in float64, so out is clamped this far inside (0, 1) for the loss and
 * its derivative. The delta of a sigmoid output under cross-entropy does not need
 * the clamp: it is out − target exactly (see backward in network.ts).
 */
export const CE_CLAMP = 1e-15;

export interface Loss {
  readonly id: LossId;
  /** E_o = loss(target, out) */
  readonly f: (target: number, out: number) => number;
  /** ∂E_o/∂out */
  readonly df: (target: number, out: number) => number;
  readonly tex: (target: string, out: string) => string;
  readonly dtex: (target: string, out: string) => string;
}

const clamp = (out: number) => Math.min(1 - CE_CLAMP, Math.max(CE_CLAMP, out));

/**
 * Whether cross-entropy reads `out` through the clamp: the value it takes the
 * logarithm of is then 10⁻¹⁵ or 1 − 10⁻¹⁵, not out (what the UI explains).
 */
export const ceClamped = (out: number): boolean => out < CE_CLAMP || out > 1 - CE_CLAMP;

/** E = ½ (target − out)²; ∂E/∂out = −(target − out). */
const mse: Loss = {
  id: 'mse',
  f: (target, out) => 0.5 * (target - out) * (target - out),
  df: (target, out) => -(target - out),
  tex: (target, out) => `\\tfrac{1}{2}\\left(${target}-${out}\\right)^{2}`,
  dtex: (target, out) => `-\\left(${target}-${out}\\right)`,
};

/** E = −[t ln out + (1 − t) ln(1 − out)]; ∂E/∂out = −t/out + (1 − t)/(1 − out). */
const ce: Loss = {
  id: 'ce',
  f: (target, out) => {
    const o = clamp(out);
    return -(target * Math.log(o) + (1 - target) * Math.log(1 - o));
  },
  df: (target, out) => {
    const o = clamp(out);
    return -target / o + (1 - target) / (1 - o);
  },
  tex: (target, out) =>
    `-\\left[${target}\\ln ${out}+\\left(1-${target}\\right)\\ln\\left(1-${out}\\right)\\right]`,
  dtex: (target, out) => `-\\frac{${target}}{${out}}+\\frac{1-${target}}{1-${out}}`,
};

export const LOSSES: Readonly<Record<LossId, Loss>> = { mse, ce };
