/**
 * What the loss chart draws, computed without the DOM: the history thinned to
 * a few hundred points (a path of 10,000 points costs more to draw than it
 * shows), and the sentence a screen reader hears instead of the picture.
 */
import { formatNumber } from '../engine/format';

export interface LossPoint {
  readonly step: number;
  readonly loss: number;
}

export interface HistoryShape {
  /** point k at step k · stride, the last at `steps` */
  readonly values: readonly number[];
  readonly stride: number;
  readonly steps: number;
}

/** Points drawn at most. */
export const MAX_DRAWN_POINTS = 1_000;

const stepOf = (history: HistoryShape, index: number) =>
  index === history.values.length - 1 ? history.steps : index * history.stride;

/**
 * The history as points, at most `max` of them: each bucket of consecutive
 * points gives its lowest and its highest, in step order, so a spike or an
 * oscillation survives the thinning. The first and last points are always kept.
 */
export function chartPoints(history: HistoryShape, max = MAX_DRAWN_POINTS): LossPoint[] {
  const { values } = history;
  const n = values.length;
  const point = (i: number): LossPoint => ({ step: stepOf(history, i), loss: values[i]! });
  if (n <= max) return values.map((_, i) => point(i));
  const buckets = Math.max(1, Math.floor((max - 2) / 2));
  const inner = n - 2;
  const points: LossPoint[] = [point(0)];
  for (let b = 0; b < buckets; b++) {
    const from = 1 + Math.floor((b * inner) / buckets);
    const to = 1 + Math.floor(((b + 1) * inner) / buckets);
    if (to <= from) continue;
    let low = from;
    let high = from;
    for (let i = from + 1; i < to; i++) {
      if (values[i]! < values[low]!) low = i;
      if (values[i]! > values[high]!) high = i;
    }
    if (low === high) points.push(point(low));
    else for (const i of low < high ? [low, high] : [high, low]) points.push(point(i));
  }
  points.push(point(n - 1));
  return points;
}

/** "Error from 0.298 to 0.0000351 over 10,000 steps". */
export function lossSummary(history: HistoryShape): string {
  const first = history.values[0];
  const last = history.values[history.values.length - 1];
  if (first === undefined || last === undefined) return 'No training history yet';
  const steps = history.steps;
  const count = `${steps.toLocaleString('en-US')} step${steps === 1 ? '' : 's'}`;
  return `Error from ${formatNumber(first, 3)} to ${formatNumber(last, 3)} over ${count}`;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1e-4 as 10⁻⁴: a log axis reads by its powers of ten. */
export function powerOfTenLabel(value: number): string {
  const exponent = Math.round(Math.log10(value));
  const digits = String(Math.abs(exponent))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}
