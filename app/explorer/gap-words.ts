/**
 * The Check tab's words: why a measured slope and the backward pass's gradient
 * differ, told from the engine's diagnosis (slope-gap.ts). Nothing here measures
 * or decides; it reads the probes and the cause the engine found.
 */
import { formatDisplayNumber } from '../engine/format';
import type { GradientCheck } from '../engine/gradient-check';
import type { Nudge } from '../engine/nudge';
import {
  clearOfRounding,
  LADDER_START,
  type GapCause,
  type GapDiagnosis,
  type SlopeProbe,
} from '../engine/slope-gap';
import { formatScientific } from './check-data';

/** The cause in a word, for a table cell. */
export const CAUSE_WORD: Readonly<Record<GapCause, string>> = {
  rounding: 'rounding',
  curvature: 'bend',
  'wrong-gradient': 'wrong',
};

/** 20%, 0.037%, 3.7 × 10⁻⁶%: a gap as a share of the gradient. */
function percentOf(gap: number, gradient: number): string {
  const share = (Math.abs(gap) / Math.abs(gradient)) * 100;
  return `${share >= 1e-3 ? formatDisplayNumber(share, 3) : formatScientific(share, 3)}%`;
}

/** A step as a person reads it: 0.001, 10⁻⁷, 3 × 10⁻⁸. */
const formatStep = (h: number) => formatScientific(h, 3).replace(/^1\u2009×\u2009/, '');

/**
 * The probes that show how the gap moves: the step asked for and up to two
 * smaller ones still clear of rounding, or, when none is, the step ten times larger.
 */
function telling(d: GapDiagnosis): SlopeProbe[] {
  const finer = d.probes.slice(LADDER_START + 1, LADDER_START + 3);
  const clear: SlopeProbe[] = [];
  for (const p of finer) {
    if (!clearOfRounding(p)) break;
    clear.push(p);
  }
  return clear.length > 0 ? [d.at, ...clear] : [d.probes[LADDER_START - 1]!, d.at];
}

/** "0.0074% at ε = 0.001, 7.4 × 10⁻⁴% at 10⁻⁴, 7.4 × 10⁻⁵% at 10⁻⁵" */
function ladderWords(
  d: GapDiagnosis,
  name: string,
  gap: (p: SlopeProbe) => string,
  firstSuffix = '',
): string {
  return telling(d)
    .map((p, i) =>
      i === 0
        ? `${gap(p)}${firstSuffix} at ${name} = ${formatStep(p.step)}`
        : `${gap(p)} at ${formatStep(p.step)}`,
    )
    .join(', ');
}

/** How many leading digits E(p + h) and E(p) share, so many float64 loses in their difference. */
function digitsShared(before: number, after: number): number {
  const change = Math.abs(after - before);
  const size = Math.max(Math.abs(before), Math.abs(after));
  return change === 0 ? 16 : Math.max(0, Math.floor(Math.log10(size / change)));
}

/** The digits of the extrapolated derivative its uncertainty leaves standing (at most `digits`). */
function trustworthyDigits(d: GapDiagnosis, digits: number): number {
  const sure = Math.floor(Math.log10(Math.abs(d.derivative) / d.uncertainty));
  return Math.max(1, Math.min(digits, Number.isFinite(sure) ? sure : digits));
}

export interface NudgeWords {
  /** what was measured and predicted, and how far apart */
  readonly compare: string;
  /** why the two differ */
  readonly why: string;
}

/**
 * What the nudge shows and why its two numbers differ: a weight's nudge of
 * E_total (∂E/∂w5), or a leaf's of a formula's output (∂f/∂x).
 */
export function nudgeWords(
  n: Nudge & { readonly diagnosis: GapDiagnosis },
  digits: number,
): NudgeWords {
  const show = (v: number) => formatDisplayNumber(v, digits);
  const d = n.diagnosis;
  const output = n.output;
  const network = output === 'E_total';
  const moved = `Moving ${n.subject} from ${show(n.from)} to ${show(n.to)} changes ${output} by ${show(n.change)}`;
  const gradientName = `∂${network ? 'E' : output}/∂${n.subject}`;
  const curve = network ? 'The error curve' : `The curve of ${output}`;
  const compare =
    n.gradient === 0
      ? `${moved}, though ${gradientName} = 0 predicts no change to first order.`
      : `${moved}; ${gradientName} · ε predicts ${show(n.predicted)}, ${percentOf(
          n.change - n.predicted,
          n.predicted,
        )} apart.`;
  const gap = (p: SlopeProbe) =>
    n.gradient === 0 ? formatScientific(Math.abs(p.gap)) : percentOf(p.gap, n.gradient);
  const ladder = ladderWords(d, 'ε', gap, ' apart');
  switch (d.cause) {
    case 'curvature': {
      const large = Math.abs(d.at.gap) > 0.1 * Math.abs(n.gradient);
      return {
        compare,
        why: `${curve} bends over ε: they are ${ladder}. The gap shrinks in step with ε, as a bend’s does, so ${gradientName} is right${
          large ? '; for a close prediction take a smaller ε' : ''
        }.`,
      };
    }
    case 'wrong-gradient':
      return {
        compare,
        why: `The gap stays put as ε shrinks: they are ${ladder}. A bend of the curve would shrink with ε, so a smaller ε will not help: the backward pass is wrong. It gives ${gradientName} = ${show(
          n.gradient,
        )}, but ${output} changes at a rate of ${formatDisplayNumber(
          d.derivative,
          trustworthyDigits(d, digits),
        )}.`,
      };
    case 'rounding': {
      const shared = digitsShared(n.before, n.after);
      const lost =
        n.change === 0
          ? `${output} does not change at all in float64`
          : `${output} before and after agree in their first ${shared} digits, so their difference keeps only about ${Math.max(
              1,
              16 - shared,
            )} of float64’s 16`;
      const larger =
        d.clearStep === null
          ? 'A larger ε keeps more digits.'
          : `At ε = ${formatStep(d.clearStep)} the gap stands clear of rounding; take a larger ε.`;
      return {
        compare,
        why: `ε is so small that rounding dominates: ${lost}. The gap is rounding, not the derivative. ${larger}`,
      };
    }
  }
}

/** The gap of one row of the gradient check, as absolute numbers. */
const absoluteGap = (p: SlopeProbe) => formatScientific(Math.abs(p.gap));

/** One row's verdict: "the two agree, to 2.6 × 10⁻¹¹: rounding". */
export function checkRowWords(row: Pick<GradientCheck, 'difference' | 'diagnosis'>): string {
  const d = row.diagnosis;
  const size = formatScientific(row.difference);
  switch (d.cause) {
    case 'rounding':
      return `the two agree, to ${size}: what is left is rounding`;
    case 'curvature':
      return `the two agree, to ${size}: what is left is the curve’s bend over h, and shrinks with h²`;
    case 'wrong-gradient':
      return `the two differ by ${size}, and the gap stays put as h shrinks (${ladderWords(
        d,
        'h',
        absoluteGap,
      )}): the backward pass is wrong`;
  }
}

/** The whole check in a sentence: which gradients disagree, or why every small gap is harmless. */
export function checkSummary(
  rows: readonly GradientCheck[],
  note = '',
  told: string | null = null,
): string {
  const wrong = rows.filter((row) => !row.agrees);
  if (wrong.length > 0) {
    const first = wrong[0]!;
    // The row the step is about has told its ladder already; another wrong row shows it here.
    const ladder =
      told === first.param || wrong.some((row) => row.param === told)
        ? ''
        : ` (${first.param}: ${ladderWords(first.diagnosis, 'h', absoluteGap)})`;
    return `${wrong.map((row) => row.param).join(', ')} disagree: their gaps stay put as h shrinks${ladder}, which neither the curve’s bend nor rounding does. The backward pass is not computing the derivative of E${
      note ? ` (${note})` : ''
    }.`;
  }
  const causes = new Set(rows.map((row) => row.diagnosis.cause));
  const left =
    causes.size === 1 && causes.has('rounding')
      ? 'rounding: h is so small that E(p + h) and E(p − h) share most of their digits'
      : causes.has('rounding')
        ? 'the curve’s bend over h (it shrinks with h²) and rounding'
        : 'the curve’s bend over h: it shrinks with h², so a smaller h narrows it';
  return `Every gradient agrees with its estimate. What differences remain are ${left}.`;
}
