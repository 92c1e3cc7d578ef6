/**
 * Judging a learner's prediction: a number typed as a person types it ("0,5" too),
 * right when it lies within the step's tolerance of the value.
 */
import { EngineError } from '../engine/errors';
import { parseNumber } from '../engine/model';

export type Verdict =
  /** the text is not a number: says why, and is not counted as a try */
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'right' | 'wrong'; readonly answer: number; readonly difference: number };

/**
 * Slack for the binary rounding of decimals: 0.378 − 0.3775 is 0.000500000000000000444
 * in float64, which must count as within a tolerance of 0.0005. A millionth of the
 * tolerance is far below anything a person types.
 */
const slack = (tolerance: number, value: number) =>
  tolerance * 1e-6 + Number.EPSILON * 4 * Math.max(1, Math.abs(value));

/** |answer − value| ≤ tolerance, read from what was typed. */
export function judge(text: string, value: number, tolerance: number): Verdict {
  let answer: number;
  try {
    answer = parseNumber('Your answer', text);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return { kind: 'unreadable', message: error.message };
  }
  const difference = Math.abs(answer - value);
  // A value the engine could not compute (NaN) is never matched: no answer is "right" by accident.
  const right =
    Number.isFinite(value) && difference <= Math.abs(tolerance) + slack(tolerance, value);
  return { kind: right ? 'right' : 'wrong', answer, difference };
}
