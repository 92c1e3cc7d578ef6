/**
 * Why a measured slope and a backward-pass gradient differ. The slope measured
 * over a step h differs from the derivative for three reasons, each with its
 * own way of changing as h shrinks:
 *
 * - curvature: the curve bends over the step; the gap shrinks in step with h
 *   (one-sided difference, error ∝ h) or with h² (central difference);
 * - a wrong gradient: the backward pass computes something else; the gap stays
 *   put however small h gets;
 * - rounding: f(x + h) and f(x) share their leading digits and their difference
 *   keeps only the rest; the gap grows as h shrinks (∝ 1/h).
 *
 * So the diagnosis measures the slope on a ladder of steps around h and reads
 * which of the three the gaps follow.
 */

export type Difference = 'one-sided' | 'central';
export type GapCause = 'curvature' | 'wrong-gradient' | 'rounding';

export interface SlopeProbe {
  /** the step actually taken, ((x + h) − x in float64) */
  readonly step: number;
  /** the slope measured over it */
  readonly slope: number;
  /** slope − gradient */
  readonly gap: number;
  /** the most rounding alone can make |gap| at this step */
  readonly noise: number;
}

export interface GapDiagnosis {
  readonly cause: GapCause;
  readonly difference: Difference;
  /** the gradient under test (the backward pass's) */
  readonly gradient: number;
  /** the probe at the step asked for */
  readonly at: SlopeProbe;
  /** probes at steps h·10^k for k = 2, 1, 0, −1, … (h itself at LADDER_START) */
  readonly probes: readonly SlopeProbe[];
  /** the slope the ladder tends to as the step shrinks: the derivative, as far as float64 tells */
  readonly derivative: number;
  /** how far `derivative` may be off: rounding at the steps it came from, and what extrapolation left */
  readonly uncertainty: number;
  /**
   * For 'rounding': a larger step (10h or 100h) at which the gap stands clear of
   * rounding, or null when even there it does not (the two agree to rounding).
   */
  readonly clearStep: number | null;
}

/** float64's unit roundoff, 2⁻⁵³. */
const UNIT_ROUNDOFF = 2 ** -53;
/** Samples of f either side of x, JITTER_STEP apart (relative to |x|, or 1), to measure its rounding. */
const JITTER_SAMPLES = 6;
const JITTER_STEP = 2 ** -40;
/** A margin over the jitter measured: a few samples see less than the worst of it. */
const EVALUATION_ROUNDOFFS = 4;
/** A gap counts as clear of rounding when it exceeds the noise this many times over. */
const CLEAR_OF_NOISE = 32;
/** Steps on the ladder: h·10², h·10, h, h/10 … h/10⁴. */
const LADDER = [2, 1, 0, -1, -2, -3, -4] as const;
/** Index of h itself on the ladder. */
export const LADDER_START = 2;

const order = (difference: Difference) => (difference === 'central' ? 2 : 1);

function probe(
  f: (x: number) => number,
  x: number,
  fx: number,
  gradient: number,
  h: number,
  difference: Difference,
  jitter: number,
): SlopeProbe {
  const above = x + h;
  if (difference === 'central') {
    const below = x - h;
    const slope = (f(above) - f(below)) / (above - below);
    return {
      step: (above - below) / 2,
      slope,
      gap: slope - gradient,
      noise: (2 * jitter) / (above - below),
    };
  }
  const step = above - x;
  const slope = (f(above) - fx) / step;
  return { step, slope, gap: slope - gradient, noise: (2 * jitter) / Math.abs(step) };
}

/**
 * How much one evaluation of f near x may be off by rounding, measured rather
 * than guessed: f's rounding depends on what it computes on the way (a squared
 * error of two close numbers loses digits that |f| does not show). Second
 * differences over steps of ~10⁻¹² cancel f's slope, leave its bend far below
 * rounding, and move every value inside f enough to round afresh: what remains
 * is the jitter of f's rounding.
 */
function roundingJitter(f: (x: number) => number, x: number, fx: number): number {
  const nudge = JITTER_STEP * Math.max(Math.abs(x), 1);
  let jitter = UNIT_ROUNDOFF * Math.abs(fx);
  for (let j = 1; j <= JITTER_SAMPLES; j++) {
    const second = f(x + j * nudge) - 2 * fx + f(x - j * nudge);
    jitter = Math.max(jitter, Math.abs(second) / 2);
  }
  return EVALUATION_ROUNDOFFS * jitter;
}

/** Whether a probe's gap stands clear of rounding (false for a non-finite one). */
export const clearOfRounding = (p: SlopeProbe) => Math.abs(p.gap) > CLEAR_OF_NOISE * p.noise;

/**
 * Whether probes i − 1 and i (a tenfold smaller step) can tell curvature from a
 * wrong gradient: both clear of rounding, and the gap not growing as the step shrinks.
 */
function tells(probes: readonly SlopeProbe[], i: number): boolean {
  const coarse = probes[i - 1]!;
  const fine = probes[i]!;
  return (
    clearOfRounding(coarse) &&
    clearOfRounding(fine) &&
    Math.abs(coarse.gap) >= Math.abs(fine.gap) / 2
  );
}

/**
 * Diagnoses the gap between `gradient` and the slope of f at x measured over
 * step h, by measuring it again over 100h … h/10⁴. f is evaluated ~15 times.
 */
export function diagnoseGap(
  f: (x: number) => number,
  x: number,
  gradient: number,
  h: number,
  difference: Difference,
): GapDiagnosis {
  const fx = f(x);
  const jitter = roundingJitter(f, x, fx);
  const probes = LADDER.map((k) => probe(f, x, fx, gradient, h * 10 ** k, difference, jitter));
  const at = probes[LADDER_START]!;
  const base = { difference, gradient, at, probes };

  if (!clearOfRounding(at)) {
    // Rounding dominates at h. Is the gap clear of it at 10h or 100h?
    const clear = [LADDER_START - 1, LADDER_START - 2].find((i) => clearOfRounding(probes[i]!));
    return {
      ...base,
      cause: 'rounding',
      ...(clear === undefined
        ? { derivative: at.slope, uncertainty: Math.abs(at.gap) + at.noise }
        : extrapolate(probes, Math.max(clear, 1), difference)),
      clearStep: clear === undefined ? null : probes[clear]!.step,
    };
  }
  // The finest pair of steps that still tells: both clear of rounding, and the gap not growing
  // as the step shrinks (rounding's mark). Over such a pair, a tenfold smaller step shrinks
  // curvature's gap 10× (or 100×); a wrong gradient's gap stays put.
  let fine = LADDER_START;
  while (fine + 1 < probes.length && tells(probes, fine + 1)) fine++;
  // (Past h, the loop moved on only over pairs that tell.)
  if (!tells(probes, fine)) {
    return {
      ...base,
      cause: 'rounding',
      derivative: at.slope,
      uncertainty: Math.abs(at.gap) + at.noise,
      clearStep: null,
    };
  }
  // Wrong: the gap stays put over the pair, the same sign (rounding's flips at random) and
  // within a factor 2. Such a gap also survives extrapolation to h → 0: Richardson's step,
  // (r·gap_fine − gap_coarse)/(r − 1) with r = 10 or 100, keeps at least 8/9 of gap_fine.
  const coarse = probes[fine - 1]!.gap;
  const small = probes[fine]!.gap;
  const wrong = Math.sign(coarse) === Math.sign(small) && Math.abs(coarse) <= 2 * Math.abs(small);
  // The derivative itself from the rung where rounding and extrapolation leave it surest.
  let limit = extrapolate(probes, fine, difference);
  for (let i = Math.max(fine - 1, 1); i >= 1; i--) {
    const candidate = extrapolate(probes, i, difference);
    if (candidate.uncertainty < limit.uncertainty) limit = candidate;
  }
  return { ...base, cause: wrong ? 'wrong-gradient' : 'curvature', ...limit, clearStep: null };
}

/**
 * Richardson's extrapolation from the probes at `fine` and the step ten times
 * larger: removes the gap's leading term (∝ h, or h²) and leaves the slope at
 * h → 0. A wrong gradient's gap survives it; curvature's does not. Its
 * uncertainty: the rounding of the two probes, as the extrapolation weighs them,
 * and how far the same extrapolation one rung up lands from it.
 */
function extrapolate(
  probes: readonly SlopeProbe[],
  fine: number,
  difference: Difference,
): { derivative: number; uncertainty: number } {
  const ratio = 10 ** order(difference);
  const at = (i: number) => (ratio * probes[i]!.slope - probes[i - 1]!.slope) / (ratio - 1);
  const derivative = at(fine);
  const rounding = (ratio * probes[fine]!.noise + probes[fine - 1]!.noise) / (ratio - 1);
  const remainder = fine >= 2 ? Math.abs(at(fine - 1) - derivative) : Math.abs(probes[fine]!.gap);
  return { derivative, uncertainty: rounding + remainder };
}
