/**
 * The loss history, kept bounded. Every step's E_total is stored until the
 * history holds LOSS_HISTORY_LIMIT points (10,000 steps after the start); past
 * that, every other point is dropped and the stride doubles, so the history
 * covers any number of steps in at most LOSS_HISTORY_LIMIT points and the curve
 * keeps its shape. The last point is always the latest step, whatever the stride.
 */

/** Points kept at most: the start and 10,000 steps, at full resolution. */
export const LOSS_HISTORY_LIMIT = 10_001;

export interface LossHistory {
  /** E_total at steps 0, stride, 2·stride, …, and last at `steps` */
  readonly values: readonly number[];
  /** steps between consecutive points (but the last) */
  readonly stride: number;
  /** the step of the last point: steps taken since the history began */
  readonly steps: number;
}

export const EMPTY_LOSS_HISTORY: LossHistory = { values: [], stride: 1, steps: 0 };

/** The step each point stands for. */
export function historyStep(history: LossHistory, index: number): number {
  return index === history.values.length - 1 ? history.steps : index * history.stride;
}

/**
 * Appends the errors after each of `losses` steps; `initial` (E_total before
 * them) starts an empty history.
 */
export function appendLosses(
  history: LossHistory,
  initial: number,
  losses: ArrayLike<number>,
  limit = LOSS_HISTORY_LIMIT,
): LossHistory {
  if (losses.length === 0 && history.values.length > 0) return history;
  let values: number[];
  let stride = history.stride;
  let steps = history.steps;
  if (history.values.length === 0) {
    values = [initial];
    stride = 1;
    steps = 0;
  } else {
    values = history.values.slice();
    // The last point sits off the stride grid when it was only kept for being the latest.
    if (values.length > 1 && steps % stride !== 0) values.pop();
  }
  for (let s = 0; s < losses.length; s++) {
    steps += 1;
    if (steps % stride !== 0) continue;
    values.push(losses[s]!);
    if (values.length > limit) {
      values = values.filter((_, i) => i % 2 === 0);
      stride *= 2;
    }
  }
  const last = losses[losses.length - 1];
  if (steps % stride !== 0 && last !== undefined) values.push(last);
  return { values, stride, steps };
}
