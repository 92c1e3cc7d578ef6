/**
 * The Train tab's words about whether training can still move, from the
 * engine's trainingHealth(): saturated units, vanishing steps. Nothing here
 * measures; it reads.
 */
import { formatDisplayNumber } from '../engine/format';
import type { TrainingHealth } from '../engine/train-health';
import { formatScientific } from './check-data';

const ACTIVATION_NAME = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', linear: 'identity' };

/**
 * A value as the Train tab quotes it: 8.1 × 10⁻⁴¹, 1 − 2.1 × 10⁻¹², 0.25. An output
 * a hair from ±1 would round to 1 at any number of digits; its distance shows.
 */
function quote(value: number, digits: number): string {
  const gap = 1 - Math.abs(value);
  if (gap > 0 && gap < 1e-6) return `${value < 0 ? '−' : ''}1 − ${formatScientific(gap, 2)}`;
  return Math.abs(value) < 1e-6 && value !== 0
    ? formatScientific(value, 2)
    : formatDisplayNumber(value, digits);
}

/**
 * What to say about the current state, or '' when training can move as it
 * should. With `rows` (a dataset's health, batch-health.ts) a unit counts as
 * flat only when it is flat on every row, and the words say so; its figures are
 * those of the row where it is least flat.
 */
export function healthWords(
  health: TrainingHealth,
  lr: number,
  digits: number,
  rows?: number,
): string {
  const { saturated, stalled } = health;
  if (saturated.length === 0 && !stalled) return '';
  const onRows = rows === undefined ? '' : rows === 1 ? ' on the one row' : ` on all ${rows} rows`;
  const atMost = rows === undefined || rows === 1 ? '=' : '≤';
  const units = saturated
    .map((u) =>
      u.activation === 'relu'
        ? `${u.neuron} (a ReLU below 0${onRows}: f′ = 0)`
        : rows === undefined || rows === 1
          ? `out_${u.neuron} = ${quote(u.out, digits)} (f′ = ${quote(u.slope, 2)})`
          : `${u.neuron}${onRows} (|f′| ${atMost} ${quote(Math.abs(u.slope), 2)})`,
    )
    .join(', ');
  const kinds = [...new Set(saturated.map((u) => ACTIVATION_NAME[u.activation]))].join(' and ');
  const flat =
    saturated.length > 0
      ? `${saturated.length === 1 ? 'A unit sits' : 'Units sit'} where the ${kinds} is flat: ${units}. Every gradient through ${saturated.length === 1 ? 'it' : 'them'} is multiplied by that f′, so it all but vanishes.`
      : '';
  if (!stalled) {
    return `${flat} Learning through ${saturated.length === 1 ? 'that unit' : 'those units'} slows to a crawl.`;
  }
  const step =
    lr === 0
      ? 'With η = 0 no step moves anything.'
      : rows === undefined
        ? `The next step moves no weight by more than ${quote(health.largestStep, 2)}: training has stalled, not converged.`
        : `An update with the gradient over every row moves no weight by more than ${quote(health.largestStep, 2)}: training has stalled, not converged.`;
  const why =
    saturated.length > 0 && lr > 1
      ? ` A learning rate this large (η = ${formatDisplayNumber(lr, digits)}) can throw units there in a single step, and they cannot climb back. The error curve lies flat because nothing moves, not because E_total = ${quote(health.error, digits)} is as low as it goes; Reset and try a smaller η.`
      : '';
  return `${flat} ${step}${why}`.trim();
}
