/**
 * Why a derivative and a finite difference disagree. A difference quotient has
 * two errors of its own: truncation, from the function's curvature, which
 * shrinks with the step h (∝ h for a one-sided difference, ∝ h² for a central
 * one); and rounding, float64's relative error u ≈ 2.2·10⁻¹⁶ on f divided by h,
 * which grows as h shrinks. A gap that follows neither, staying put as h
 * shrinks, is the derivative's own fault: a wrong backward pass, or a kink
 * (relu or |x| at 0) where no derivative exists.
 */

export type DifferenceKind = 'central' | 'one-sided';

export type GapVerdict = 'agree' | 'curvature' | 'rounding' | 'kink' | 'wrong';

export interface GapSample {
  readonly step: number;
  readonly gap: number;
}

export interface GapDiagnosis {
  readonly verdict: GapVerdict;
  /** one sentence a learner can act on */
  readonly message: string;
  /** the gap at the step, ten times smaller and ten times larger (where f is defined there) */
  readonly samples: readonly GapSample[];
  /** what rounding alone could explain at the step */
  readonly rounding: number;
}

export interface GapQuestion {
  readonly kind: DifferenceKind;
  readonly analytic: number;
  /** |difference quotient at step h − analytic|; may throw (the step left the function's domain) */
  readonly gap: (step: number) => number;
  readonly step: number;
  /** the size of the values the difference subtracts, |f| near the point */
  readonly scale: number;
  /** the one-sided slopes on the left and right disagree however small the step */
  readonly kink?: boolean;
}

/** float64's unit roundoff. */
export const ROUNDOFF = 2 ** -52;

/** The part of a difference quotient at step h that rounding alone can explain. */
export function roundingError(kind: DifferenceKind, scale: number, step: number): number {
  // Each f is off by up to u·|f|; the difference of two, over h (central: over 2h, of a pair).
  return ((kind === 'central' ? 1 : 2) * ROUNDOFF * Math.max(scale, ROUNDOFF)) / step;
}

/** How a gap is read: agreement, curvature, rounding, a kink, or a wrong derivative. */
export function diagnoseGap(question: GapQuestion): GapDiagnosis {
  const { kind, analytic, step, scale } = question;
  const order = kind === 'central' ? 2 : 1;
  const rounding = roundingError(kind, scale, step);
  // A step that leaves the function's domain (log near 0) has no sample.
  const at = (h: number): GapSample | null => {
    try {
      const gap = question.gap(h);
      return Number.isFinite(gap) ? { step: h, gap } : null;
    } catch {
      return null;
    }
  };
  const here = { step, gap: question.gap(step) };
  const smaller = at(step / 10);
  const larger = at(step * 10);
  const samples = [here, smaller, larger].filter((s): s is GapSample => s !== null);
  // Agreement to about seven significant digits of the derivative.
  const tolerance = 1e-7 * Math.max(1, Math.abs(analytic));
  const name = kind === 'central' ? 'central difference' : 'one-sided difference';
  const power = kind === 'central' ? 'ε²' : 'ε';
  const result = (verdict: GapVerdict, message: string): GapDiagnosis => ({
    verdict,
    message,
    samples,
    rounding,
  });
  if (here.gap <= tolerance) {
    return result(
      'agree',
      `They agree: the gap is within what rounding and curvature leave at this ε.`,
    );
  }
  if (question.kink) {
    return result(
      'kink',
      'A kink: the slopes on the left and on the right differ however small ε is, so there is no derivative here; the backward pass uses one side.',
    );
  }
  // Truncation: ten times smaller a step, 10^order times smaller a gap (allowing for noise).
  const shrinks =
    smaller !== null &&
    smaller.gap < here.gap / (10 ** order / 3) &&
    (larger === null || larger.gap > here.gap * 3);
  if (shrinks) {
    return result(
      'curvature',
      `Curvature: the gap shrinks as ${power} when ε shrinks, as a ${name} does; a smaller ε agrees better.`,
    );
  }
  if (here.gap <= 10 * rounding || (smaller !== null && smaller.gap > 2 * here.gap)) {
    return result(
      'rounding',
      'Rounding: ε is so small that float64 rounding of f dominates the difference; a larger ε agrees better.',
    );
  }
  return result(
    'wrong',
    'The gap stays put as ε shrinks: curvature and rounding cannot explain it, so the derivative (the backward pass) is wrong here.',
  );
}
